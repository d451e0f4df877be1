// Feeds (/rss.xml, /section/<slug>/rss.xml, /tag/<slug>/rss.xml), sitemaps (/sitemap.xml and
// the files it names) and /robots.txt (ADR 032). Public and the same for every reader: they
// may be kept by shared caches for a few minutes, carry an ETag for the pollers' conditional
// requests, and go compressed like pages.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Queryable } from '@newsroom/db/openDatabase';
import {
  articleSitemap,
  listingSitemap,
  newsSitemap,
  robotsTxt,
  rssFeed,
  sitemapIndex,
  type FeedScope,
} from '../modules/feeds/feedService';
import { feedLanguage, feedLanguages } from '../modules/feeds/feedRules';
import { chooseEncoding, compressBody } from './compressBody';

/** How long a shared cache or a feed reader may reuse an answer: five minutes. */
const maxAgeSeconds = 300;

const feedPath = /^\/(?:(section|tag)\/([^/]+)\/)?rss\.xml$/;
const articleSitemapPath = /^\/sitemap-articles-(\d{1,9})\.xml$/;

/** Whether this path is one of the feeds, sitemaps or robots.txt. */
export function isFeedPath(pathname: string): boolean {
  return (
    feedPath.test(pathname) ||
    articleSitemapPath.test(pathname) ||
    ['/sitemap.xml', '/sitemap-pages.xml', '/sitemap-news.xml', '/robots.txt'].includes(pathname)
  );
}

/** Answers a path isFeedPath accepted (GET or HEAD). */
export async function handleFeedRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  deps: { db: Queryable; origin: string },
): Promise<void> {
  const { db, origin } = deps;
  const xml = 'application/xml; charset=utf-8';
  if (url.pathname === '/robots.txt') return send(request, response, 'text/plain; charset=utf-8', robotsTxt(origin));
  if (url.pathname === '/sitemap.xml') return send(request, response, xml, await sitemapIndex(db, origin));
  if (url.pathname === '/sitemap-pages.xml') return send(request, response, xml, await listingSitemap(db, origin));
  if (url.pathname === '/sitemap-news.xml') return send(request, response, xml, await newsSitemap(db, origin));
  const sitemapPage = articleSitemapPath.exec(url.pathname);
  if (sitemapPage) {
    const body = await articleSitemap(db, origin, Number(sitemapPage[1]));
    return body ? send(request, response, xml, body) : refuse(response, 404, `There is no sitemap ${url.pathname}.`);
  }
  const feed = feedPath.exec(url.pathname)!;
  const language = feedLanguage(url.searchParams.get('lang'));
  if (!language) {
    return refuse(
      response,
      400,
      `lang must be one of ${feedLanguages.join(', ')} (English when left out), not "${url.searchParams.get('lang')}".`,
    );
  }
  let scope: FeedScope = { kind: 'edition' };
  if (feed[1]) {
    let slug: string;
    try {
      slug = decodeURIComponent(feed[2]!);
    } catch {
      return refuse(response, 400, 'The address is not validly percent-encoded.');
    }
    scope = { kind: feed[1] as 'section' | 'tag', slug };
  }
  const body = await rssFeed(db, origin, scope, language);
  if (!body) return refuse(response, 404, `There is no ${feed[1]} "${scope.kind === 'edition' ? '' : scope.slug}".`);
  return send(request, response, 'application/rss+xml; charset=utf-8', body);
}

function send(request: IncomingMessage, response: ServerResponse, contentType: string, body: string) {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { 'cache-control': `public, max-age=${maxAgeSeconds}`, etag, vary: 'Accept-Encoding' };
  if (matches(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers);
    return void response.end();
  }
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  response.writeHead(200, {
    'content-type': contentType,
    ...headers,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
  });
  response.end(request.method === 'HEAD' ? undefined : compressBody(body, encoding));
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

function refuse(response: ServerResponse, status: number, message: string) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`${message}\n`);
}
