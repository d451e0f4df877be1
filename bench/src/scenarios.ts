// The operations under load: the article page (a random published article per request, as
// the API and as the server-rendered HTML page), the home feed (first page and page 500),
// a two-word search (the search page's query, ADR 033),
// votes from many readers, a mix of reads and votes, and Apollo's own { __typename } on the
// same stack.
import type { LoadOptions } from './load';
import {
  articlePageQuery,
  homePageQuery,
  homePageSize,
  rateArticleMutation,
  requestBody,
  searchPageQuery,
  typenameQuery,
} from './documents';

export interface ScenarioRequest {
  method: 'GET' | 'POST';
  /** `/graphql` for the API, `/article/<slug>` for a reader page. */
  path: string;
  body?: string;
  headers: Record<string, string>;
}

export interface Scenario {
  name: string;
  /** Reads are measured with the server's in-process caches on and off; writes empty them. */
  kind: 'read' | 'write';
  /** The next request to send (called once per request when `variesPerRequest`). */
  request(): ScenarioRequest;
  /**
   * Whether each request differs from the last. autocannon sends a fixed request from one
   * prebuilt buffer and rebuilds a varying one every time, which costs the load generator
   * about a third of its rate on this machine. So a fixed scenario must stay fixed, and a
   * varying one is compared only with a ceiling rebuilt per request too (`typenameRebuilt`,
   * the bare ceiling sent through `scenarioLoad`), or the ratio measures autocannon.
   */
  variesPerRequest?: boolean;
}

/** A published article: its slug, and its global id when a scenario votes on it. */
export interface ArticleRef {
  slug: string;
  id?: string;
}

export interface ScenarioInputs {
  /** The published articles the article scenarios pick from, one at random per request. */
  articles: ArticleRef[];
  /** Reader cookies issued beforehand, so each vote comes from a different reader. */
  readerCookies: string[];
  /** The cursor before page 500 of the home feed, when the data set is large enough. */
  page500Cursor?: string;
  /** Seeds the random picks, so two runs ask for the same articles in the same order. */
  seed?: number;
}

/**
 * A pseudo-random pick from `items` per call (mulberry32, seeded): every item is equally
 * likely, and a seed gives the same sequence every run.
 */
export function rotation<T>(items: readonly T[], seed = 1): () => T {
  if (items.length === 0) throw new Error('Nothing to rotate through: the scenario has no articles.');
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const random = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    return items[Math.floor(random * items.length)]!;
  };
}

// Uncached scenarios ask for fresh answers, so they skip the response cache (the shared and
// per-reader read caches and the page cache are turned off by the server's settings, `cachesOff`).
const json = { 'content-type': 'application/json', 'cache-control': 'no-cache' };
const cacheable = { 'content-type': 'application/json' };
// What a browser sends for a page: the server compresses what it sends back (brotli).
const page = { accept: 'text/html', 'accept-encoding': 'gzip, deflate, br' };

/** The server's settings that turn off every in-process cache of rows read (ADR 009) and of rendered pages (ADR 027). */
export const cachesOff = { SHARED_READ_CACHE_ENTRIES: '0', READER_READ_CACHE_ENTRIES: '0', PAGE_CACHE_ENTRIES: '0' } as const;

/** One in this many requests of the mixed scenario is a vote; the rest read an article page. */
export const mixedVoteEvery = 10;

export function scenarios(inputs: ScenarioInputs): Scenario[] {
  const reader = inputs.readerCookies[0]!;
  const seed = inputs.seed ?? 1;
  const api = (body: string, headers: Record<string, string> = { ...json, cookie: reader }): ScenarioRequest => ({
    method: 'POST',
    path: '/graphql',
    body,
    headers,
  });
  const articleBody = (article: ArticleRef) => requestBody(articlePageQuery, { slug: article.slug });
  const voteBody = (articleId: string, score: number) => requestBody(rateArticleMutation, { input: { articleId, score } });
  const pickArticle = rotation(inputs.articles, seed);
  const pickPage = rotation(inputs.articles, seed);
  const pickReaderPage = rotation(inputs.articles, seed);
  const pickSearched = rotation(inputs.articles, seed + 3);
  const voters = inputs.articles.filter((article) => article.id);
  let votes = 0;
  let mixed = 0;
  const pickMixed = rotation(inputs.articles, seed + 1);
  const pickVoted = voters.length ? rotation(voters, seed + 2) : undefined;
  const typename = api(requestBody(typenameQuery));

  const list: Scenario[] = [
    { name: 'typename', kind: 'read', request: () => typename },
    // The same request, rebuilt per request like every varying scenario: their ceiling.
    { name: 'typenameRebuilt', kind: 'read', variesPerRequest: true, request: () => api(requestBody(typenameQuery)) },
    { name: 'articlePage', kind: 'read', variesPerRequest: true, request: () => api(articleBody(pickArticle())) },
    // The reader page as a first-time visitor gets it (no cookie) and as a returning reader.
    {
      name: 'articleHtml',
      kind: 'read',
      variesPerRequest: true,
      request: () => ({ method: 'GET', path: `/article/${pickPage().slug}`, headers: { ...page } }),
    },
    {
      name: 'articleHtmlReader',
      kind: 'read',
      variesPerRequest: true,
      request: () => ({ method: 'GET', path: `/article/${pickReaderPage().slug}`, headers: { ...page, cookie: reader } }),
    },
    { name: 'homeFeed', kind: 'read', request: () => api(requestBody(homePageQuery, { language: 'EN', first: homePageSize })) },
    // Two words of a random published article's slug ("generated 48213", "old kestrel"): one
    // word every generated article has, one that few have, as the search page sends it.
    {
      name: 'searchTwoWords',
      kind: 'read',
      variesPerRequest: true,
      request: () => api(requestBody(searchPageQuery, { query: twoWordsOf(pickSearched().slug) })),
    },
    // The same page repeated within its cache lifetime, as many anonymous readers ask for it.
    {
      name: 'homeFeedCached',
      kind: 'read',
      request: () => api(requestBody(homePageQuery, { language: 'EN', first: homePageSize }), { ...cacheable, cookie: reader }),
    },
  ];
  if (voters.length) {
    const voted = voters[0]!.id!;
    list.push({
      name: 'rateArticle',
      kind: 'write',
      variesPerRequest: true,
      request: () => {
        votes += 1;
        return api(voteBody(voted, 1 + (votes % 5)), { ...json, cookie: inputs.readerCookies[votes % inputs.readerCookies.length]! });
      },
    });
    // Readers reading random articles while others vote on random articles.
    list.push({
      name: 'mixedReadVote',
      kind: 'write',
      variesPerRequest: true,
      request: () => {
        mixed += 1;
        if (mixed % mixedVoteEvery !== 0) return api(articleBody(pickMixed()));
        const cookie = inputs.readerCookies[(mixed / mixedVoteEvery) % inputs.readerCookies.length]!;
        return api(voteBody(pickVoted!().id!, 1 + (mixed % 5)), { ...json, cookie });
      },
    });
  }
  if (inputs.page500Cursor) {
    const cursor = inputs.page500Cursor;
    list.push({
      name: 'homeFeedPage500',
      kind: 'read',
      request: () => api(requestBody(homePageQuery, { language: 'EN', first: homePageSize, after: cursor })),
    });
  }
  return list;
}

/** A two-word search query from a slug: its first two hyphen-separated words. */
export function twoWordsOf(slug: string): string {
  return slug.split('-').slice(0, 2).join(' ');
}

/** How `runLoad` sends a scenario to the server at `url`. */
export function scenarioLoad(
  url: string,
  scenario: Scenario,
  settings: { connections: number; durationSeconds: number; warmupSeconds: number },
): LoadOptions {
  const first = scenario.request();
  return {
    url: `${url}${first.path}`,
    method: first.method,
    connections: settings.connections,
    durationSeconds: settings.durationSeconds,
    warmupSeconds: settings.warmupSeconds,
    body: first.body,
    headers: first.headers,
    // Re-evaluated per request only for a varying scenario (votes rotate through readers,
    // article scenarios through articles).
    setupRequest: scenario.variesPerRequest
      ? (request) => {
          const next = scenario.request();
          return { ...request, method: next.method, path: next.path, body: next.body, headers: next.headers };
        }
      : undefined,
  };
}
