// Routes of the one HTTP server: GraphQL (and the playground) at /graphql, health and
// readiness checks, the media library's uploads and files (/media), feeds, sitemaps and
// robots.txt, server-rendered reader pages, and the web app's files for everything else.
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDatabaseUnavailable } from '../platform/databaseOutage';
import { handleFeedRequest, isFeedPath } from './feedRoutes';
import { editionPath, handleEditionRequest } from './editionRoute';
import { chooseEdition } from '../platform/edition';
import { logger } from '../platform/logger';
import { handleGraphQLRequest, type GraphQLHttpDeps } from './graphqlHttpHandler';
import { effectiveLimits } from '../modules/limits/limitsService';
import { serveHealth } from './healthRoutes';
import { handleMediaRequest, isMediaPath } from './mediaRoutes';
import type { createMetricsRoute } from './metricsRoute';
import { sendOutageJson, sendOutagePage } from './outageAnswers';
import { sessionCookieName } from '../modules/auth/tokenRules';
import { cookieFrom } from '../platform/requestCookies';
import { newReaderId } from '../platform/readerCookie';
import { parseTheme, themeCookieName } from '@newsroom/rules/theme';
import { sendPage, type PageCache } from './pageCache';
import { previewPage, type PageRenderer } from './pageRenderer';
import { createRequestContext, readerFor } from './requestContext';
import { requestInfo } from './requestInfo';
import type { SharedCachePolicy } from './sharedCacheHeaders';
import { createSecurityHeaders } from './securityHeaders';
import type { StaticFiles } from './staticFiles';
import type { ViewCounter } from '../modules/views/viewService';
import { handleViewBeacon, viewBeaconPath } from './viewRoutes';

type PageDeps = GraphQLHttpDeps & { pages: PageRenderer; pageCache: PageCache; views: ViewCounter };

export function createHttpHandler(deps: PageDeps & { staticFiles: StaticFiles; metricsRoute: ReturnType<typeof createMetricsRoute> }) {
  const allowedOrigins = new Set(deps.config.corsOrigins);
  const securityHeaders = createSecurityHeaders(deps.config.publicUrl);

  return async function handle(request: IncomingMessage, response: ServerResponse) {
    // First of all, so that every answer below carries them, errors included.
    securityHeaders.apply(response);
    let api = false;
    try {
      const target = request.url ?? '/';
      const url = isGraphQLTarget(target) ? undefined : new URL(target, 'http://localhost');
      if (!url || url.pathname === '/graphql') {
        api = true;
        const search = url ? url.search : target.slice('/graphql'.length);
        if (!applyCors(request, response, allowedOrigins)) return;
        if (request.method === 'GET' && wantsHtml(request) && !new URLSearchParams(search).has('query')) {
          securityHeaders.applyPlayground(response);
          return deps.staticFiles.servePlayground(response);
        }
        return await handleGraphQLRequest(request, response, search, deps);
      }
      if (await serveHealth(url.pathname, response, deps.database)) return;
      if (await deps.metricsRoute.serve(url.pathname, request, response)) return;
      if (isMediaPath(url.pathname)) {
        api = true;
        if (url.pathname === '/media' && !applyCors(request, response, allowedOrigins)) return;
        return await handleMediaRequest(request, response, url, deps);
      }
      if (url.pathname === viewBeaconPath) return await handleViewBeacon(request, response, deps.views);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' });
        return response.end();
      }
      if (url.pathname === editionPath) return handleEditionRequest(response, url, requestInfo(request, deps.config.trustProxy).secure);
      if (isFeedPath(url.pathname))
        return await handleFeedRequest(request, response, url, { db: deps.database.db, origin: deps.config.publicUrl });
      // A draft preview stays out of search engines even when the app shell is sent instead.
      if (previewPage.test(url.pathname)) response.setHeader('x-robots-tag', 'noindex');
      // A path without a file extension is a page of the app; reader pages come rendered.
      if (!path.extname(url.pathname) && deps.pages.renders(url.pathname) && (await renderPage(request, response, url, deps))) return;
      return deps.staticFiles.serveAsset(request, response);
    } catch (error) {
      // An outage met outside Apollo (say, resolving a session cookie): one log line per
      // outage, and the answer every client understands.
      if (isDatabaseUnavailable(error) && !response.headersSent) {
        deps.outage.requestFailed(error);
        return api ? sendOutageJson(response) : sendOutagePage(request, response);
      }
      logger.error({ err: error }, 'request failed');
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      } else {
        response.destroy();
      }
    }
  };
}

/**
 * Renders a reader page on the server; false when it cannot (the renderer failed: the
 * reader still gets the app, which renders itself). During a database outage the app could
 * not load its data either: the reader gets the short outage page (503) instead.
 */
async function renderPage(request: IncomingMessage, response: ServerResponse, url: URL, deps: PageDeps): Promise<boolean> {
  const { clientAddress, secure } = requestInfo(request, deps.config.trustProxy);
  try {
    const reader = readerFor(request, deps, secure);
    // Every reader's page is the same public page (ADR 036): rendered for no reader, it comes
    // from, and goes to, the page cache (ADR 027), and a shared cache in front may keep it,
    // so it carries no cookie. What is a reader's own (their vote, their comments) the
    // widgets fetch after hydration, for readers the marker cookie says are known; the
    // reader cookie comes with the reader's first own act (a vote, a comment, a report: the
    // API sets it then). Staff pages and previews are rendered for whoever asks, never
    // shared. `Cache-Control: no-cache` asks for a fresh page (as it does of the API); the
    // page rendered for it is kept.
    // A chosen colour scheme is rendered into the page (<html data-theme>): not the shared one.
    const theme = parseTheme(cookieFrom(request.headers.cookie, themeCookieName));
    const shared =
      theme === undefined &&
      !request.headers.authorization &&
      cookieFrom(request.headers.cookie, sessionCookieName) === undefined &&
      !previewPage.test(url.pathname);
    // Not shared (a preview, staff, a chosen theme): the page is theirs alone, so it may carry the cookies.
    if (reader.setCookies && !shared) response.setHeader('set-cookie', reader.setCookies);
    // The reader's edition (ADR 034): every page shows it (the switch; home, section and
    // tag pages list only its articles), so a kept page is kept per edition.
    const edition = chooseEdition(request.headers);
    const key = `${edition} ${url.pathname}${url.search}`;
    const revalidate = request.headers['cache-control']?.includes('no-cache') ?? false;
    const kept = shared && !revalidate ? deps.pageCache.get(key) : undefined;
    if (kept) {
      sendPage(request, response, kept, { pages: deps.pageCache, state: 'hit', policy: sharedCachePolicy(deps.config) });
      return true;
    }
    // Read before any data is: a write from here on empties the cache, and this page may predate it.
    const generation = deps.pageCache.generation;
    const context = await createRequestContext(request, deps, {
      readerId: shared ? newReaderId() : reader.readerId,
      clientAddress,
      secure,
    });
    return await deps.pages.render(request, response, url, {
      apollo: deps.apollo,
      context,
      origin: deps.config.publicUrl,
      limits: effectiveLimits(deps.config),
      edition,
      timeZone: deps.config.siteTimeZone,
      theme,
      cache: shared ? { pages: deps.pageCache, key, generation, policy: sharedCachePolicy(deps.config) } : undefined,
    });
  } catch (error) {
    if (response.headersSent) throw error;
    if (isDatabaseUnavailable(error)) {
      deps.outage.requestFailed(error);
      sendOutagePage(request, response);
      return true;
    }
    logger.error({ err: error, route: 'ssr' }, 'the page failed to render; sending the app shell');
    return false;
  }
}

const sharedCachePolicy = (config: PageDeps['config']): SharedCachePolicy => ({
  maxAgeSeconds: config.sharedCacheMaxAgeSeconds,
  staleSeconds: config.sharedCacheStaleSeconds,
});

// The API's own path, as clients send it, is recognised without parsing a URL (3% of a
// response-cache hit); any other spelling of it goes through URL as every other path does.
const isGraphQLTarget = (target: string) => target.startsWith('/graphql') && (target.length === 8 || target[8] === '?');

const wantsHtml = (request: IncomingMessage) => String(request.headers.accept ?? '').includes('text/html');

/**
 * CORS is closed unless CORS_ORIGINS lists the origin. Returns false when the request
 * was a preflight and has been answered.
 */
function applyCors(request: IncomingMessage, response: ServerResponse, allowed: Set<string>): boolean {
  const origin = request.headers.origin;
  const permitted = origin !== undefined && allowed.has(origin);
  if (permitted) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('access-control-allow-credentials', 'true');
    response.setHeader('vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    if (permitted) {
      response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      response.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight');
      response.setHeader('access-control-max-age', '600');
    }
    response.writeHead(permitted ? 204 : 403);
    response.end();
    return false;
  }
  return true;
}
