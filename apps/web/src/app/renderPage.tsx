// The server's half of a reader page (apps/server/src/http/pageRenderer.ts imports the
// bundle `vite build --ssr` makes of this file). It renders the same component tree the
// browser hydrates, with the data the page asks for already fetched, so a reader sees the
// article before any JavaScript has run and the browser finds the picture in the HTML
// (docs/performance.md, "Server rendering").
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { print } from 'graphql';
import { prerenderToNodeStream } from 'react-dom/static';
import type { Limits } from '@newsroom/rules/limits';
import type { Theme } from '@newsroom/rules/theme';
import { StaticRouter } from 'react-router';
import { Observable } from 'rxjs';
import { AppRoutes } from './AppRoutes';
import { createCache } from './createApolloClient';
import { LimitsProvider } from '../limits/LimitsProvider';
import { PageLanguageProvider } from '../i18n/PageLanguageProvider';
import type { ServerState } from './serverState';
import type { Language } from '../gql/graphql';
import { PageStatusContext, type PageStatus } from '../ssr/PageStatusContext';

/** Runs one GraphQL operation on the server, as the reader who asked for the page. */
export type ExecuteOperation = (operation: {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly unknown[] }>;

export interface RenderedPage {
  /** The markup that goes inside <div id="root">. */
  html: string;
  /** What the browser starts from before hydrating (app/serverState.ts). */
  state: ServerState;
  /** 404 when the page says nothing is there, 301 when it has moved (to `location`). */
  status: number;
  /** With a 3xx status: where to (a same-site path). */
  location?: string;
  /** The page chunks rendered, as Vite's manifest names them (app/lazyPage.tsx): their stylesheets go in the page. */
  modules: string[];
  /**
   * The modules whose scripts the browser runs at once, to preload: the islands' boot on a
   * page with islands (the article page, which is not hydrated as a whole: ADR 028), else
   * the app's boot and the page chunks.
   */
  scripts: string[];
}

/** The modules main.tsx imports, as Vite's manifest names them. */
export const islandsBootModule = 'src/app/islands/bootIslands.ts';
export const appBootModule = 'src/app/bootApp.tsx';

/** What the server tells the renderer about itself. */
export interface Site {
  /** The site's public origin (the server's PUBLIC_URL). */
  origin: string;
  /** The limits the server enforces (apps/server/src/modules/limits/limitsService.ts). */
  limits: Limits;
  /** The reader's edition, as the server chose it (apps/server/src/platform/edition.ts; ADR 034). */
  edition: Language;
  /** The server's SITE_TIME_ZONE: times are rendered in it, naming it. */
  timeZone: string;
  /** The reader's chosen colour scheme (their theme cookie); undefined follows their system's. */
  theme?: Theme;
}

/**
 * Renders `url` (a path with its query) as the reader whose operations `execute` runs. The
 * forms render with `site.limits`, and the state hands them to the browser, whose forms
 * then count against the same numbers without asking for them.
 */
export async function renderPage(
  url: string,
  { origin, limits, edition, timeZone, theme }: Site,
  execute: ExecuteOperation,
  signal?: AbortSignal,
): Promise<RenderedPage> {
  const client = new ApolloClient({
    ssrMode: true,
    cache: createCache(),
    link: new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          execute({ query: print(operation.query), variables: operation.variables, operationName: operation.operationName })
            .then((result) => {
              observer.next(result as ApolloLink.Result);
              observer.complete();
            })
            .catch((error: unknown) => observer.error(error));
        }),
    ),
  });
  const page: PageStatus = { code: 200, language: edition, origin, timeZone, theme, modules: new Set() };
  const render = async (language: Language) =>
    (
      await prerenderStatic({
        tree: (
          <ApolloProvider client={client}>
            <LimitsProvider limits={limits}>
              <PageStatusContext value={page}>
                <PageLanguageProvider edition={edition} initialLanguage={language}>
                  <StaticRouter location={url}>
                    <AppRoutes />
                  </StaticRouter>
                </PageLanguageProvider>
              </PageStatusContext>
            </LimitsProvider>
          </ApolloProvider>
        ),
        signal,
        // progressiveChunkSize: never move a large boundary's content to the end of the
        // document behind a script that swaps it in: without JavaScript (a crawler, a reader
        // with it off) the page would show its loading skeleton (the home page did).
        renderFunction: (tree) => prerenderToNodeStream(tree, { signal, progressiveChunkSize: Number.POSITIVE_INFINITY }),
      })
    ).result;
  try {
    let html = await render(edition);
    if (page.location)
      return {
        html: '',
        state: { apollo: {}, language: edition, edition, origin, limits, timeZone, theme },
        status: page.code,
        location: page.location,
        modules: [],
        scripts: [],
      };
    // The page named its language only once its data was in, after the chrome had been
    // rendered in the edition's: render once more (from the cache, no new operations) in it.
    if (page.language !== edition) html = await render(page.language);
    return {
      html,
      state: {
        apollo: client.extract() as Record<string, unknown>,
        language: page.language,
        edition,
        origin,
        limits,
        timeZone,
        ...(theme ? { theme } : {}),
        ...(page.islands ? { islands: true } : {}),
      },
      status: page.code,
      modules: [...page.modules],
      scripts: page.islands ? [islandsBootModule] : [appBootModule, ...page.modules],
    };
  } finally {
    client.stop();
  }
}
