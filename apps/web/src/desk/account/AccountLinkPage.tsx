import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLimits } from '../../limits/useLimits';
import { graphql } from '../gql/gql';
import { deskStrings as s } from '../shell/deskStrings';
import { DeskViewer_viewer, homePathFor, rememberViewer } from '../shell/deskViewer';
import { getFragmentData } from '../gql/fragment-masking';
import { PasswordField } from './PasswordField';
import '../shell/desk.css';

const RedeemMutation = graphql(`
  mutation DeskRedeemAccountLink($input: RedeemAccountLinkInput!) {
    redeemAccountLink(input: $input) {
      __typename
      ... on SignInSuccess {
        viewer {
          ...DeskViewer_viewer
        }
      }
      ... on AccountLinkInvalid {
        reason
        message
      }
      ... on AccountLocked {
        message
        retryAfterSeconds
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

/**
 * /desk/join/<token> (an invitation) and /desk/password/<token> (a reset): the person sets
 * a password, twice, and is signed in. A used, expired or superseded link says so.
 */
export function AccountLinkPage({ purpose }: { purpose: 'invite' | 'reset' }) {
  const staffLimits = useLimits().staff;
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [redeem] = useMutation(RedeemMutation, {
    update(cache, { data }) {
      const result = data?.redeemAccountLink;
      if (result?.__typename === 'SignInSuccess') rememberViewer(cache, result.viewer);
    },
  });
  const heading = purpose === 'invite' ? s.joinHeading : s.resetHeading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (password !== confirm) {
      setProblem(s.passwordsDiffer);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = (await redeem({ variables: { input: { token, password } } })).data?.redeemAccountLink;
      if (result?.__typename === 'SignInSuccess') {
        navigate(homePathFor(getFragmentData(DeskViewer_viewer, result.viewer).role), { replace: true });
        return;
      }
      if (result?.__typename === 'AccountLocked') setProblem(`${result.message} ${s.lockedFor(result.retryAfterSeconds)}`);
      else if (result) setProblem(result.message);
    } catch {
      setProblem(s.actionFailed);
    }
    setBusy(false);
  };

  return (
    <div className="desk desk-sign-in">
      <title>{`${heading} — ${s.desk}`}</title>
      <meta name="robots" content="noindex" />
      <meta name="referrer" content="no-referrer" />
      <h1>{heading}</h1>
      <p className="desk-hint">{s.passwordRule(staffLimits.passwordMin)}</p>
      <form className="desk-form" onSubmit={submit} aria-describedby={problem ? 'link-problem' : undefined}>
        <PasswordField id="new-password" label={s.newPassword} purpose="new" value={password} onChange={setPassword} />
        <PasswordField id="confirm-password" label={s.confirmPassword} purpose="new" value={confirm} onChange={setConfirm} />
        <p id="link-problem" className="desk-problem" role="alert">
          {problem}
        </p>
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? s.saving : s.setPassword}
        </button>
      </form>
    </div>
  );
}
