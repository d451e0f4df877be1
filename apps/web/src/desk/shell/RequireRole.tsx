import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { deskStrings as s } from './deskStrings';
import { homePathFor, roleAllows, useDeskViewer, type StaffRole } from './deskViewer';

/**
 * Shows its page only to the given roles; others read that they are not allowed, with a
 * way to their own part of the desk. The server refuses the data anyway: this is for people.
 */
export function RequireRole({ roles, children }: { roles: readonly StaffRole[]; children: ReactNode }) {
  const viewer = useDeskViewer();
  if (roleAllows(viewer.role, roles)) return children;
  return (
    <div className="desk-not-allowed" role="alert">
      <title>{`${s.notAllowed} — ${s.desk}`}</title>
      <h1>{s.notAllowed}</h1>
      <p>{s.notAllowedExplanation}</p>
      <p>
        <Link to={homePathFor(viewer.role)}>{s.goToQueue}</Link>
      </p>
    </div>
  );
}
