import { Navigate } from 'react-router';
import { usePageMoved, usePageStatusContext } from '../ssr/PageStatusContext';

/**
 * A page that lives at another address now (a renamed or merged tag's old one): the server
 * answers 301 with its Location, the browser replaces the address without a history entry.
 */
export function MovedPermanently({ to }: { to: string }) {
  usePageMoved(to);
  // <Navigate> does nothing in a server render; the 301 does the work there.
  const onServer = usePageStatusContext() !== undefined;
  return onServer ? null : <Navigate to={to} replace />;
}
