import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { createApolloClient } from './createApolloClient';
import { readServerState } from './serverState';
import { rememberSiteOrigin } from '../ssr/siteOrigin';
import '../styles/site.css';
// The article page's widgets' styles join the entry stylesheet: a server-rendered article
// then waits for one stylesheet before its first paint, not two.
import '../comments/comments.css';
import '../typo-reports/typoReports.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createApolloClient();
const serverState = readServerState(document);
if (serverState) client.cache.restore(serverState.apollo as Parameters<typeof client.cache.restore>[0]);
rememberSiteOrigin(serverState?.origin);
const app = (
  <StrictMode>
    <App client={client} initialLanguage={serverState?.language} limits={serverState?.limits} />
  </StrictMode>
);

// A page the server rendered (apps/server/src/http/pageRenderer.ts) is hydrated over its
// HTML from the data it was rendered with; otherwise (the dev server, the desk) the app
// renders from scratch. Either way in a transition, so React yields to the browser between
// components instead of holding the main thread for the whole page.
startTransition(() => {
  if (serverState) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
