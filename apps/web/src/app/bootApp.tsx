import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './createApolloClient';
import type { ServerState } from './serverState';
import { rememberSiteOrigin } from '../ssr/siteOrigin';
import { rememberSiteTimeZone } from '../ssr/siteTimeZone';

/**
 * The whole app over every page but a server-rendered article (main.tsx decides): hydrated
 * over the server's HTML from the data it was rendered with, or (the dev server, the desk)
 * rendered from scratch. Either way in a transition, so React yields to the browser
 * between components instead of holding the main thread for the whole page.
 */
export function bootApp(container: HTMLElement, serverState: ServerState | undefined): void {
  const client = createApolloClient();
  if (serverState) client.cache.restore(serverState.apollo as Parameters<typeof client.cache.restore>[0]);
  rememberSiteOrigin(serverState?.origin);
  rememberSiteTimeZone(serverState?.timeZone);
  const app = (
    <StrictMode>
      <App client={client} initialLanguage={serverState?.language} edition={serverState?.edition} limits={serverState?.limits} />
    </StrictMode>
  );
  startTransition(() => {
    if (serverState) hydrateRoot(container, app);
    else createRoot(container).render(app);
  });
}
