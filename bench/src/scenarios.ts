// The operations under load: the article page, the home feed (first page and page 500),
// votes from many readers, and Apollo's own { __typename } on the same stack.
import type { LoadOptions } from './load';
import { articlePageQuery, homePageQuery, homePageSize, rateArticleMutation, requestBody, typenameQuery } from './documents';

export interface Scenario {
  name: string;
  body(): string;
  headers(): Record<string, string>;
  /**
   * Whether each request differs from the last (`body` and `headers` are called per
   * request). autocannon sends a fixed request from one prebuilt buffer and rebuilds a
   * varying one every time, which costs the load generator about a third of its rate on
   * this machine; a fixed scenario must stay fixed, or the ratio against the ceiling (a
   * fixed request) measures autocannon.
   */
  variesPerRequest?: boolean;
}

export interface ScenarioInputs {
  articleSlug: string;
  articleId: string;
  /** Reader cookies issued beforehand, so each vote comes from a different reader. */
  readerCookies: string[];
  /** The cursor before page 500 of the home feed, when the data set is large enough. */
  page500Cursor?: string;
}

// Uncached scenarios ask for fresh answers, so they measure the data layer, not the cache.
const json = { 'content-type': 'application/json', 'cache-control': 'no-cache' };
const cacheable = { 'content-type': 'application/json' };

export function scenarios(inputs: ScenarioInputs): Scenario[] {
  const reader = inputs.readerCookies[0]!;
  let next = 0;
  const list: Scenario[] = [
    { name: 'typename', body: () => requestBody(typenameQuery), headers: () => ({ ...json, cookie: reader }) },
    {
      name: 'articlePage',
      body: () => requestBody(articlePageQuery, { slug: inputs.articleSlug }),
      headers: () => ({ ...json, cookie: reader }),
    },
    { name: 'homeFeed', body: () => requestBody(homePageQuery, { first: homePageSize }), headers: () => ({ ...json, cookie: reader }) },
    // The same page repeated within its cache lifetime, as many anonymous readers ask for it.
    {
      name: 'homeFeedCached',
      body: () => requestBody(homePageQuery, { first: homePageSize }),
      headers: () => ({ ...cacheable, cookie: reader }),
    },
    {
      name: 'rateArticle',
      variesPerRequest: true,
      body: () => requestBody(rateArticleMutation, { input: { articleId: inputs.articleId, score: 1 + (next % 5) } }),
      headers: () => ({ ...json, cookie: inputs.readerCookies[(next += 1) % inputs.readerCookies.length]! }),
    },
  ];
  if (inputs.page500Cursor) {
    list.push({
      name: 'homeFeedPage500',
      body: () => requestBody(homePageQuery, { first: homePageSize, after: inputs.page500Cursor }),
      headers: () => ({ ...json, cookie: reader }),
    });
  }
  return list;
}

/** How `runLoad` sends a scenario to the `/graphql` of `url`. */
export function scenarioLoad(
  url: string,
  scenario: Scenario,
  settings: { connections: number; durationSeconds: number; warmupSeconds: number },
): LoadOptions {
  return {
    url: `${url}/graphql`,
    connections: settings.connections,
    durationSeconds: settings.durationSeconds,
    warmupSeconds: settings.warmupSeconds,
    body: scenario.body(),
    headers: scenario.headers(),
    // Re-evaluated per request so that votes rotate through the readers; only then.
    setupRequest: scenario.variesPerRequest ? (request) => ({ ...request, body: scenario.body(), headers: scenario.headers() }) : undefined,
  };
}
