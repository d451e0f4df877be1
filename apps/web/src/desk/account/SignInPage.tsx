import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { deskStrings as s } from '../shell/deskStrings';
import { DeskViewer_viewer, DeskViewerQuery, homePathFor } from '../shell/deskViewer';
import { getFragmentData } from '../gql/fragment-masking';
import { PasswordField } from './PasswordField';
import { useSignIn } from './useSignIn';
import '../shell/desk.css';

/** Only desk addresses are followed back after signing in: never another site's. */
function returnPath(state: unknown): string | null {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/desk/') && !from.startsWith('/desk/sign-in') ? from : null;
}

/** /desk/sign-in — login and password; back to the page that sent the person here. */
export function SignInPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const { data } = useQuery(DeskViewerQuery);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const from = returnPath(location.state);

  const role = data && getFragmentData(DeskViewer_viewer, data.viewer).role;
  if (role && role !== 'READER' && !busy) return <Navigate to={from ?? homePathFor(role)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const outcome = await signIn(login, password);
      if (outcome.ok) {
        navigate(from ?? homePathFor(outcome.role), { replace: true });
        return;
      }
      const wait = outcome.retryAfterSeconds ? ` ${s.lockedFor(outcome.retryAfterSeconds)}` : '';
      setProblem(outcome.message + wait);
      setPassword('');
    } catch {
      setProblem(s.actionFailed);
    }
    setBusy(false);
  };

  return (
    <div className="desk desk-sign-in">
      <title>{`${s.signIn} — ${s.desk}`}</title>
      <meta name="robots" content="noindex" />
      <h1>{s.signInHeading}</h1>
      <form className="desk-form" onSubmit={submit} aria-describedby={problem ? 'sign-in-problem' : undefined}>
        <div className="desk-field">
          <label htmlFor="desk-login">{s.login}</label>
          <input
            id="desk-login"
            name="username"
            autoComplete="username"
            required
            value={login}
            onChange={(event) => setLogin(event.target.value)}
          />
        </div>
        <PasswordField id="desk-password" name="password" label={s.password} purpose="current" value={password} onChange={setPassword} />
        <p id="sign-in-problem" className="desk-problem" role="alert">
          {problem}
        </p>
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? s.signingIn : s.signIn}
        </button>
      </form>
    </div>
  );
}
