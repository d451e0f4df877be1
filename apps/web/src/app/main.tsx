// The browser's entry, on every page: kept tiny, it only decides what the page needs. A
// server-rendered article has islands (its state says so, ssr/Island.tsx): its widgets hydrate one by one
// and the rest stays the server's HTML (docs/adr/028-islands-on-the-article-page.md).
// Every other page, and any page the server did not render, gets the whole app.
import { readServerState } from './serverState';
import { listenForThemeChoice } from '../layout/themeChoice';
import '../styles/site.css';
// The article page's widgets' styles join the entry stylesheet: a server-rendered article
// then waits for one stylesheet before its first paint, not two.
import '../comments/comments.css';
import '../typo-reports/typoReports.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The colour scheme switch works on every page, whatever hydrates (layout/themeChoice.ts).
listenForThemeChoice();

const serverState = readServerState(document);
if (serverState?.islands) {
  void import('./islands/bootIslands').then(({ bootIslands }) => bootIslands(serverState));
} else {
  void import('./bootApp').then(({ bootApp }) => bootApp(container, serverState));
}
