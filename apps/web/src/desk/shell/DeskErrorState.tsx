import { Link, useLocation } from 'react-router';
import { ErrorState } from '../../layout/ErrorState';
import { isSignedOutError } from './isSignedOutError';
import { deskStrings as s } from './deskStrings';

/** A desk page's load failure: sign in again when the session is gone, else retry. */
export function DeskErrorState({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const location = useLocation();
  if (!isSignedOutError(error)) return <ErrorState onRetry={onRetry} message={s.loadFailed} />;
  return (
    <div className="error-state" role="alert">
      <p>{s.sessionEnded}</p>
      <Link className="button desk-button-link" to="/desk/sign-in" state={{ from: location.pathname + location.search }}>
        {s.signIn}
      </Link>
    </div>
  );
}
