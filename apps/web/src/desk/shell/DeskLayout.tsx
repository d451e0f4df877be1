import { useQuery } from '@apollo/client/react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { PageSkeleton } from '../../layout/PageSkeleton';
import { DeskErrorState } from './DeskErrorState';
import { deskStrings as s } from './deskStrings';
import { DeskViewer_viewer, DeskViewerContext, DeskViewerQuery, roleAllows, type DeskViewer } from './deskViewer';
import { getFragmentData } from '../gql/fragment-masking';
import { SignOutButton } from './SignOutButton';
import './desk.css';

/**
 * The frame of every signed-in desk page: the desk's own navigation (moderators see only
 * the queues) and who is signed in. Readers are sent to the sign-in page, which brings
 * them back here afterwards.
 */
export function DeskLayout() {
  const location = useLocation();
  const { data, error, refetch } = useQuery(DeskViewerQuery);

  if (!data) return error ? <DeskErrorState error={error} onRetry={() => refetch()} /> : <PageSkeleton />;
  const { role, name, user } = getFragmentData(DeskViewer_viewer, data.viewer);
  if (role === 'READER') return <Navigate to="/desk/sign-in" replace state={{ from: location.pathname + location.search }} />;
  const viewer: DeskViewer = { role, name: name ?? user?.displayName ?? '', isPerson: Boolean(user) };

  return (
    <DeskViewerContext value={viewer}>
      <div className="desk">
        <meta name="robots" content="noindex" />
        <div className="desk-bar">
          <nav className="desk-nav nav-underline" aria-label={s.deskNavigation}>
            <ul>
              {roleAllows(role, ['EDITOR']) && (
                <li>
                  <NavLink to="/desk/articles">{s.articles}</NavLink>
                </li>
              )}
              {roleAllows(role, ['EDITOR']) && (
                <li>
                  <NavLink to="/desk/tags">{s.tagsHeading}</NavLink>
                </li>
              )}
              {roleAllows(role, ['EDITOR']) && (
                <li>
                  <NavLink to="/desk/media">{s.mediaLibrary}</NavLink>
                </li>
              )}
              {role === 'ADMIN' && (
                <li>
                  <NavLink to="/desk/sections">{s.sections}</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/desk/comments">{s.comments}</NavLink>
              </li>
              <li>
                <NavLink to="/desk/typos">{s.typos}</NavLink>
              </li>
              {viewer.isPerson && (
                <li>
                  <NavLink to="/desk/tokens">{s.apiTokens}</NavLink>
                </li>
              )}
              {role === 'ADMIN' && (
                <li>
                  <NavLink to="/desk/staff">{s.staff}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <p className="desk-who">
            <span>{s.signedInAs(viewer.name)}</span> <SignOutButton />
          </p>
        </div>
        <Outlet />
      </div>
    </DeskViewerContext>
  );
}
