import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useLimits } from '../../limits/useLimits';
import { getFragmentData } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import type { ViewerRole } from '../gql/graphql';
import { formatDateTime } from '../../i18n/formatDate';
import { DeskLoading } from '../shell/DeskLoading';
import { deskStrings as s } from '../shell/deskStrings';

const StaffPage_user = graphql(`
  fragment StaffPage_user on StaffUser {
    id
    login
    displayName
    role
    disabled
    createdAt
    lastSignInAt
    invitationPending
    hasPassword
    failedSignIns
    throttled
  }
`);

const StaffQuery = graphql(`
  query DeskStaff {
    staffUsers {
      ...StaffPage_user
    }
  }
`);

const InviteMutation = graphql(`
  mutation DeskInviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      __typename
      ... on InviteStaffSuccess {
        user {
          ...StaffPage_user
        }
        link {
          url
          expiresAt
        }
      }
      ... on ValidationError {
        message
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation DeskUpdateStaffUser($input: UpdateStaffUserInput!) {
    updateStaffUser(input: $input) {
      __typename
      ... on UpdateStaffUserSuccess {
        user {
          ...StaffPage_user
        }
      }
      ... on ValidationError {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const ResetMutation = graphql(`
  mutation DeskResetStaffPassword($input: StaffUserInput!) {
    resetStaffPassword(input: $input) {
      __typename
      ... on ResetStaffPasswordSuccess {
        user {
          ...StaffPage_user
        }
        link {
          url
          expiresAt
        }
      }
      ... on ValidationError {
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const UnlockMutation = graphql(`
  mutation DeskUnlockStaffUser($input: StaffUserInput!) {
    unlockStaffUser(input: $input) {
      __typename
      ... on UnlockStaffUserSuccess {
        message
        user {
          ...StaffPage_user
        }
      }
      ... on NotFound {
        message
      }
    }
  }
`);

type StaffUser = ResultOf<typeof StaffPage_user>;
type Role = Exclude<ViewerRole, 'READER'>;
const roles: Role[] = ['EDITOR', 'MODERATOR', 'ADMIN'];

/** A link the server gave as a path becomes an address on this site, so it can be sent. */
const absolute = (url: string) => (url.startsWith('/') ? `${window.location.origin}${url}` : url);

/** A one-time link, shown once, with a Copy button. */
function OneTimeLink({ heading, url, expiresAt }: { heading: string; url: string; expiresAt: string }) {
  const [copied, setCopied] = useState(false);
  const full = absolute(url);
  return (
    <div className="desk-notice" role="status">
      <p>{heading}</p>
      <code className="desk-secret" data-testid="one-time-link">
        {full}
      </code>
      <p className="desk-hint">{s.linkShownOnce(formatDateTime(expiresAt, 'EN'))}</p>
      <button
        type="button"
        className="desk-secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(full);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {copied ? s.copied : s.copy}
      </button>
    </div>
  );
}

/** /desk/staff — the accounts (admins only): invite, change roles, disable, reset, unlock. */
export function StaffPage() {
  const staffLimits = useLimits().staff;
  const { data, error, refetch } = useQuery(StaffQuery, { fetchPolicy: 'cache-and-network' });
  const [invite, inviting] = useMutation(InviteMutation, { refetchQueries: [StaffQuery] });
  const [update] = useMutation(UpdateMutation);
  const [reset] = useMutation(ResetMutation);
  const [unlock] = useMutation(UnlockMutation);
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [link, setLink] = useState<{ heading: string; url: string; expiresAt: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ id: string; action: 'disable' | 'reset' } | null>(null);

  const attempt = async (work: () => Promise<void>) => {
    setProblem(null);
    setNotice(null);
    setLink(null);
    try {
      await work();
    } catch {
      setProblem(s.actionFailed);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (inviting.loading) return;
    return attempt(async () => {
      const result = (await invite({ variables: { input: { login, name, role } } })).data?.inviteStaff;
      if (result?.__typename === 'InviteStaffSuccess') {
        setLink({ heading: s.inviteLinkFor(login.trim().toLowerCase()), ...result.link });
        setLogin('');
        setName('');
      } else if (result) setProblem(result.message);
    });
  };

  const change = (user: StaffUser, input: { role?: Role; disabled?: boolean }) =>
    attempt(async () => {
      const result = (await update({ variables: { input: { id: user.id, ...input } } })).data?.updateStaffUser;
      if (result && result.__typename !== 'UpdateStaffUserSuccess') setProblem(result.message);
      else if (input.disabled !== undefined) setNotice(input.disabled ? s.disabledNotice(user.login) : s.enabledNotice(user.login));
    });

  const resetPassword = (user: StaffUser) =>
    attempt(async () => {
      const result = (await reset({ variables: { input: { id: user.id } } })).data?.resetStaffPassword;
      if (result?.__typename === 'ResetStaffPasswordSuccess') setLink({ heading: s.resetLinkFor(user.login), ...result.link });
      else if (result) setProblem(result.message);
    });

  const unlockUser = (user: StaffUser) =>
    attempt(async () => {
      const result = (await unlock({ variables: { input: { id: user.id } } })).data?.unlockStaffUser;
      if (result) setNotice(result.message);
    });

  const users = getFragmentData(StaffPage_user, data?.staffUsers ?? []);

  return (
    <section className="desk-page">
      <title>{`${s.staff} — ${s.desk}`}</title>
      <h1>{s.staff}</h1>
      <h2>{s.inviteHeading}</h2>
      <form className="desk-form desk-inline" onSubmit={submit} aria-label={s.inviteHeading}>
        <label htmlFor="invite-login">{s.login}</label>
        <input
          id="invite-login"
          required
          maxLength={40}
          autoCapitalize="none"
          spellCheck={false}
          value={login}
          onChange={(event) => setLogin(event.target.value)}
        />
        <label htmlFor="invite-name">{s.staffName}</label>
        <input id="invite-name" required maxLength={staffLimits.nameMax} value={name} onChange={(event) => setName(event.target.value)} />
        <label htmlFor="invite-role">{s.role}</label>
        <select id="invite-role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {roles.map((option) => (
            <option key={option} value={option}>
              {s.roles[option]}
            </option>
          ))}
        </select>
        <button type="submit" className="button" aria-disabled={inviting.loading}>
          {s.invite}
        </button>
      </form>
      <p className="desk-hint">{s.loginHint}</p>
      <p className="desk-problem" role="alert">
        {problem}
      </p>
      <p className="desk-notice" role="status">
        {notice}
      </p>
      {link && <OneTimeLink {...link} />}
      {data ? (
        <table className="desk-staff-table">
          <thead>
            <tr>
              <th scope="col">{s.staffName}</th>
              <th scope="col">{s.role}</th>
              <th scope="col">{s.status}</th>
              <th scope="col">{s.lastSignIn}</th>
              <th scope="col">{s.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-login={user.login}>
                <td>
                  <strong>{user.displayName}</strong> <span className="desk-hint">{user.login}</span>
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                    {s.roleOf(user.login)}
                  </label>
                  <select id={`role-${user.id}`} value={user.role} onChange={(event) => change(user, { role: event.target.value as Role })}>
                    {roles.map((option) => (
                      <option key={option} value={option}>
                        {s.roles[option]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {user.disabled ? s.disabled : user.invitationPending ? s.invitationPending : !user.hasPassword ? s.noPassword : s.active}
                  {user.throttled && <span className="desk-hint"> · {s.throttled(user.failedSignIns)}</span>}
                </td>
                <td>{user.lastSignInAt ? <time dateTime={user.lastSignInAt}>{formatDateTime(user.lastSignInAt, 'EN')}</time> : s.never}</td>
                <td className="desk-staff-actions">
                  {confirming?.id === user.id ? (
                    <div className="desk-confirm" role="group" aria-label={confirming.action === 'disable' ? s.disable : s.resetPassword}>
                      <p>{confirming.action === 'disable' ? s.disableConfirm(user.login) : s.resetConfirm(user.login)}</p>
                      <button
                        type="button"
                        className="button desk-danger"
                        onClick={() => {
                          setConfirming(null);
                          if (confirming.action === 'disable') void change(user, { disabled: true });
                          else void resetPassword(user);
                        }}
                      >
                        {confirming.action === 'disable' ? s.disable : s.resetPassword}
                      </button>
                      <button type="button" className="desk-secondary" onClick={() => setConfirming(null)} autoFocus>
                        {s.cancel}
                      </button>
                    </div>
                  ) : (
                    <>
                      {user.disabled ? (
                        <button type="button" className="desk-secondary" onClick={() => change(user, { disabled: false })}>
                          {s.enable}
                        </button>
                      ) : (
                        <>
                          <button
                            type="button"
                            className="desk-secondary desk-danger"
                            onClick={() => setConfirming({ id: user.id, action: 'disable' })}
                          >
                            {s.disable}
                          </button>
                          <button type="button" className="desk-secondary" onClick={() => setConfirming({ id: user.id, action: 'reset' })}>
                            {user.hasPassword ? s.resetPassword : s.newLink}
                          </button>
                        </>
                      )}
                      {user.failedSignIns > 0 && (
                        <button type="button" className="desk-secondary" onClick={() => unlockUser(user)}>
                          {s.unlock}
                        </button>
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <DeskLoading error={error} onRetry={() => refetch()} />
      )}
    </section>
  );
}
