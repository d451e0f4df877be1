// Reader pages rendered on the server: the HTML carries the article (title, lead, picture,
// body, comments) before any script runs, so it paints at once, search engines and link
// previews read it, and the browser fetches the picture straight from the HTML. The web
// app's own components render it (apps/web/src/app/renderPage.tsx, built by `vite build
// --ssr`), with the data fetched through this server's GraphQL schema as the reader who
// asked, and the browser hydrates the same markup (docs/adr/010-server-rendered-pages.md).
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ApolloServer } from '@apollo/server';
import type { Limits } from '@newsroom/rules/limits';
import type { Edition } from '../platform/edition';
import type { Theme } from '@newsroom/rules/theme';
import type { Context } from '../graphql/context';
import { checkOperationInput } from '../graphql/limits';
import { DatabaseUnavailableError } from '../platform/databaseOutage';
import { chooseEncoding, compressBody } from './compressBody';
import { logger } from '../platform/logger';
import { pageVary, sendPage, type PageCache } from './pageCache';
import type { SharedCachePolicy } from './sharedCacheHeaders';

/** What apps/web/src/app/renderPage.tsx exports. */
interface RenderModule {
  renderPage(
    url: string,
    site: { origin: string; limits: Limits; edition: Edition; timeZone: string; theme?: Theme },
    execute: (operation: { query: string; variables: Record<string, unknown>; operationName: string | undefined }) => Promise<unknown>,
    signal?: AbortSignal,
  ): Promise<{ html: string; state: unknown; status: number; modules: string[]; scripts?: string[]; location?: string }>;
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

export interface PageRenderer {
  /** Whether this path is rendered here: not the desk, and not without a server build. */
  renders(pathname: string): boolean;
  /**
   * Renders the reader page at `url` (a path `renders` accepts); resolves true once sent.
   * Rejects with DatabaseUnavailableError, having sent nothing, when the page's data met an
   * outage.
   */
  render(request: IncomingMessage, response: ServerResponse, url: URL, page: PageRequest): Promise<boolean>;
  /** Loads the renderer now rather than on the first page request (about 0.3 s). */
  warm(): Promise<void>;
}

export interface PageRequest {
  apollo: ApolloServer<Context>;
  context: Context;
  /**
   * The site's public origin (PUBLIC_URL) for canonical and Open Graph URLs; never the
   * Host header, which the client writes (a page cached or shared with another host in it
   * would send readers and link previews there).
   */
  origin: string;
  /**
   * The limits this server enforces (modules/limits/limitsService.ts): the page's forms are
   * rendered with them and the browser's read them from the page's state, with no request.
   */
  limits: Limits;
  /** The reader's edition (platform/edition.ts): the language of list pages and of the chrome. */
  edition: Edition;
  /** The time zone (SITE_TIME_ZONE) the page shows times in, naming it, until the browser shows the reader's own. */
  timeZone: string;
  /** The colour scheme the reader chose (the theme cookie); undefined follows their system's. */
  theme?: Theme;
  /**
   * Set when the page is the same for every reader who asks like this one (a first-time
   * visitor: http/pageCache.ts): a 200 page is offered to `pages` under `key`, unless the
   * cache was emptied since `generation` was read.
   */
  cache?: { pages: PageCache; key: string; generation: number; policy: SharedCachePolicy };
}

// The desk is for signed-in staff, changes with every keystroke and is no use to crawlers:
// the browser renders it.
const clientRenderedOnly = /^\/desk(\/|$)/;
// Draft previews (ADR 019): for whoever holds the link, never for a shared cache or an index.
export const previewPage = /^\/preview\//;
// A page that takes longer than this is sent as the plain app shell instead.
const renderTimeoutMs = 5_000;

export function createPageRenderer(webDist: string): PageRenderer {
  const template = readTemplate(webDist);
  const manifest = readManifest(webDist);
  const entryPath = path.join(path.dirname(webDist), 'dist-ssr', 'renderPage.js');
  // Without a build (tests before `pnpm build`, Vite's dev server in front) the shell goes.
  if (!template || !manifest || !existsSync(entryPath)) return { renders: () => false, render: async () => false, warm: async () => {} };
  let module: Promise<RenderModule> | undefined;
  const loadModule = () => (module ??= import(pathToFileURL(entryPath).href) as Promise<RenderModule>);

  return {
    renders: (pathname) => !clientRenderedOnly.test(pathname),
    async render(request, response, url, { apollo, context, origin, limits, edition, timeZone, theme, cache }) {
      const { renderPage } = await loadModule();
      // The page may be kept as long as the data it shows: the shortest max-age of its
      // operations' answers (the @cacheControl hints). An operation refused or answered with
      // errors, or one whose answer may not be kept (max-age 0), keeps the page out of the
      // cache; a page that asked for nothing keeps CACHE_MAX_AGE_SECONDS. The hints' scope
      // is not read: a PRIVATE field (one's own vote, one's own comments) is empty for a
      // reader id no one has used yet, the only reader `cache` is given for.
      let maxAge = Infinity;
      // A page whose data met a database outage would render as an error (or an empty page)
      // with status 200; the caller answers 503 instead (ADR 016).
      let unavailable = false;
      const execute = async ({
        query,
        variables,
        operationName,
      }: {
        query: string;
        variables: Record<string, unknown>;
        operationName: string | undefined;
      }) => {
        // Variables come from the page's URL (a slug, a cursor): the same input checks as the API.
        const refused = checkOperationInput({ query, variables });
        if (refused) {
          maxAge = 0;
          return { errors: [refused.toJSON()] };
        }
        const result = await apollo.executeOperation({ query, variables, operationName }, { contextValue: context });
        if (result.body.kind !== 'single') throw new Error('A page asked for an incremental result');
        if (result.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) unavailable = true;
        maxAge = Math.min(maxAge, Number(/max-age=(\d+)/.exec(result.http.headers.get('cache-control') ?? '')?.[1] ?? 0));
        return result.body.singleResult;
      };
      let page: Awaited<ReturnType<RenderModule['renderPage']>>;
      try {
        page = await renderPage(
          url.pathname + url.search,
          { origin, limits, edition, timeZone, theme },
          execute,
          AbortSignal.timeout(renderTimeoutMs),
        );
      } catch (error) {
        throw unavailable ? new DatabaseUnavailableError() : error;
      }
      if (unavailable) throw new DatabaseUnavailableError();
      const preview = previewPage.test(url.pathname);
      const privacy = preview
        ? { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }
        : { 'cache-control': 'private, no-cache' };
      if (isRedirect(page)) {
        // A page that sent the reader elsewhere: a renamed or merged tag's old address (301),
        // a preview of an article since published (302). Revalidated on every visit, as a
        // slug given up may be taken again, and a remembered 301 would then loop.
        response.writeHead(page.status, { location: page.location, ...privacy, 'content-length': 0 });
        response.end();
        return true;
      }
      const html = template.fill({ body: page.html, state: page.state, links: chunkLinks(manifest, page.modules, page.scripts) });
      // A 404 is rendered every time: addresses that do not exist are endless, and would
      // push the pages that do out of the cache.
      if (cache && page.status === 200) {
        const kept = cache.pages.offer(cache.key, html, maxAge, cache.generation);
        sendPage(request, response, kept, { pages: cache.pages, state: 'miss', policy: cache.policy });
        return true;
      }
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      response.writeHead(page.status, {
        'content-type': 'text/html; charset=utf-8',
        // The page holds this reader's own vote and comments: never for a shared cache.
        ...privacy,
        vary: pageVary,
        ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
      });
      response.end(request.method === 'HEAD' ? undefined : compressBody(html, encoding));
      return true;
    },
    async warm() {
      await loadModule();
    },
  };
}

/** A redirect the page asked for, to a path of this site (never elsewhere: no open redirect). */
function isRedirect(page: { status: number; location?: string }): page is { status: number; location: string } {
  return [301, 302, 307, 308].includes(page.status) && typeof page.location === 'string' && /^\/(?![/\\])/.test(page.location);
}

interface Template {
  fill(page: { body: string; state: unknown; links: string }): string;
}

function readTemplate(webDist: string): Template | undefined {
  const file = path.join(webDist, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const root = '<div id="root"></div>';
  if (!html.includes(root)) throw new Error(`${file} has no ${root}`);
  const [before, after] = html.split(root) as [string, string];
  return {
    fill({ body, state, links }) {
      const { head, rest } = splitHoistedHead(body);
      let top = before;
      // The page's own <title> replaces the shell's; its lang goes on <html>.
      if (head.includes('<title>')) top = top.replace(/<title>[^<]*<\/title>\s*/, '');
      const { language, theme } = state as { language?: string; theme?: string };
      const lang = language === 'RU' ? 'ru' : 'en';
      // The reader's chosen scheme paints from the first byte, with no flash of the other one.
      const attributes = `lang="${lang}"${theme === 'dark' || theme === 'light' ? ` data-theme="${theme}"` : ''}`;
      top = top.replace('<html lang="en">', `<html ${attributes}>`).replace('</head>', `${head}${links}</head>`);
      // The shell's <noscript> says the app needs JavaScript; a rendered page does not.
      const bottom = after.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
      return `${top}<div id="root">${rest}</div><script type="application/json" id="newsroom-state">${jsonForHtml(state)}</script>${bottom}`;
    },
  };
}

/**
 * React renders a page's <title>, <meta> and <link> where the components are, and the
 * server renderer sends them first; they belong in <head>, where the browser and crawlers
 * look for them (and where React finds and adopts them when it hydrates).
 */
export function splitHoistedHead(body: string): { head: string; rest: string } {
  const hoisted = /^(?:<title>[^<]*<\/title>|<meta\b[^>]*>|<link\b[^>]*>)*/.exec(body)?.[0] ?? '';
  return { head: hoisted, rest: body.slice(hoisted.length) };
}

/**
 * JSON that cannot end the <script> element it sits in, nor open a comment. U+2028 and
 * U+2029 are escaped too: harmless to JSON.parse, but they end a line should the text ever
 * be read as script.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function readManifest(webDist: string): Record<string, ManifestChunk> | undefined {
  const file = path.join(webDist, '.vite', 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>) : undefined;
}

/**
 * Stylesheets and module preloads for the page chunks a render used, and the chunks they
 * import, less what index.html links already. Without the stylesheet the server's HTML
 * would show unstyled until the chunk arrived; without the preload, hydration would wait
 * for main.js to ask for the chunk. Only `scripts` (and what they import) are preloaded:
 * an article page runs the islands' boot, not the page chunk it was rendered with, whose
 * code (React, Apollo Client, the router) would otherwise be fetched before interaction
 * (docs/adr/028-islands-on-the-article-page.md). Stylesheets come for both.
 */
export function chunkLinks(
  manifest: Record<string, ManifestChunk>,
  modules: readonly string[],
  scripts: readonly string[] = modules,
): string {
  const alreadyLinked = new Set<string>();
  const visit = (key: string, into: Set<string>) => {
    if (into.has(key) || !manifest[key]) return;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported, into);
  };
  visit('index.html', alreadyLinked);
  const closure = (roots: readonly string[]) => {
    const needed = new Set<string>();
    for (const module of roots) {
      if (!manifest[module]) logger.warn({ module }, "a page module is not in the web build's manifest");
      visit(module, needed);
    }
    return [...needed].filter((key) => !alreadyLinked.has(key));
  };
  const preloaded = closure(scripts);
  const styles = new Set<string>();
  for (const key of [...closure(modules), ...preloaded]) for (const css of manifest[key]!.css ?? []) styles.add(css);
  return (
    [...styles].map((css) => `<link rel="stylesheet" crossorigin href="/${css}">`).join('') +
    preloaded.map((key) => `<link rel="modulepreload" crossorigin href="/${manifest[key]!.file}">`).join('')
  );
}
