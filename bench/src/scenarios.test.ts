import { describe, expect, it } from 'vitest';
import { mixedVoteEvery, rotation, scenarioLoad, scenarios, twoWordsOf, type Scenario, type ScenarioInputs } from './scenarios';

const articles = ['one', 'two', 'three', 'four'].map((slug, i) => ({ slug, id: `QXJ0aWNsZT${i}` }));
const inputs: ScenarioInputs = { articles, readerCookies: ['nr_reader=one', 'nr_reader=two'] };
const settings = { connections: 50, durationSeconds: 10, warmupSeconds: 3 };
const byName = (name: string, from = inputs) => scenarios(from).find((s) => s.name === name)!;
const rebuild = (scenario: Scenario) => {
  const options = scenarioLoad('http://127.0.0.1:1', scenario, settings);
  return () =>
    options.setupRequest!({ method: 'POST', path: '/graphql' } as never) as {
      method: string;
      path: string;
      body?: string;
      headers?: Record<string, string>;
    };
};
const slugOf = (body: string | undefined) => (JSON.parse(body!) as { variables: { slug: string } }).variables.slug;

describe('a rotation', () => {
  it('picks every item, each about equally often', () => {
    const next = rotation(['a', 'b', 'c', 'd'], 7);
    const counts = new Map<string, number>();
    for (let i = 0; i < 4_000; i += 1) {
      const item = next();
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    for (const count of counts.values()) expect(count).toBeGreaterThan(800);
  });

  it('gives the same sequence for the same seed, another for another seed', () => {
    const draw = (seed: number) => {
      const next = rotation([1, 2, 3, 4, 5, 6, 7, 8], seed);
      return Array.from({ length: 20 }, () => next());
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });

  it('refuses an empty list rather than ask for nothing', () => {
    expect(() => rotation([])).toThrow(/no articles/);
  });
});

describe('scenarios under load', () => {
  it('send votes from reader after reader, rebuilding each request', () => {
    const next = rebuild(byName('rateArticle'));
    expect(next().headers!.cookie).not.toBe(next().headers!.cookie);
  });

  it('ask for a random published article per request, rebuilding each one', () => {
    const next = rebuild(byName('articlePage'));
    const slugs = new Set(Array.from({ length: 200 }, () => slugOf(next().body)));
    expect([...slugs].sort()).toEqual(['four', 'one', 'three', 'two']);
  });

  it('fetch the rendered HTML page of random articles, anonymously and as a reader', () => {
    const anonymous = rebuild(byName('articleHtml'))();
    expect(anonymous.method).toBe('GET');
    expect(anonymous.path).toMatch(/^\/article\/(one|two|three|four)$/);
    expect(anonymous.body).toBeUndefined();
    expect(anonymous.headers!.cookie).toBeUndefined();
    expect(scenarioLoad('http://127.0.0.1:1', byName('articleHtml'), settings).url).toMatch(/^http:\/\/127\.0\.0\.1:1\/article\//);
    expect(rebuild(byName('articleHtmlReader'))().headers!.cookie).toBe('nr_reader=one');
  });

  it('search two words of a random published article per request, as the search page asks', () => {
    expect(twoWordsOf('generated-48213')).toBe('generated 48213');
    expect(twoWordsOf('old-kestrel-bridge-reopens')).toBe('old kestrel');
    const next = rebuild(
      byName('searchTwoWords', { ...inputs, articles: ['generated-1', 'generated-2', 'generated-3'].map((slug) => ({ slug })) }),
    );
    const sent = Array.from({ length: 100 }, () => JSON.parse(next().body!) as { query: string; variables: { query: string } });
    expect(new Set(sent.map((body) => body.variables.query))).toEqual(new Set(['generated 1', 'generated 2', 'generated 3']));
    expect(sent[0]!.query).toContain('search(query: $query, first: 10');
  });

  it('mix one vote in ten reads, votes on random articles from rotating readers', () => {
    const next = rebuild(byName('mixedReadVote'));
    const requests = Array.from({ length: mixedVoteEvery * 20 }, () => next());
    const votes = requests.filter((request) => request.body!.includes('rateArticle'));
    expect(votes).toHaveLength(20);
    expect(new Set(votes.map((vote) => vote.headers!.cookie)).size).toBe(2);
    expect(
      new Set(votes.map((vote) => (JSON.parse(vote.body!) as { variables: { input: { articleId: string } } }).variables.input.articleId))
        .size,
    ).toBeGreaterThan(1);
  });

  it('have no votes where the articles have no ids (the large set)', () => {
    const names = scenarios({ ...inputs, articles: [{ slug: 'generated-1' }] }).map((s) => s.name);
    expect(names).not.toContain('rateArticle');
    expect(names).not.toContain('mixedReadVote');
  });

  it('send every fixed scenario as one fixed request, as the ceiling is sent (no per-request rebuild)', () => {
    const fixed = scenarios({ ...inputs, page500Cursor: 'cursor' }).filter((s) => !s.variesPerRequest);
    expect(fixed.map((s) => s.name).sort()).toEqual(['homeFeed', 'homeFeedCached', 'homeFeedPage500', 'typename']);
    for (const scenario of fixed) {
      const options = scenarioLoad('http://127.0.0.1:1', scenario, settings);
      expect(options.setupRequest).toBeUndefined();
      expect(options.body).toBe(scenario.request().body);
      expect(options.url).toBe('http://127.0.0.1:1/graphql');
    }
  });

  it('rebuild the ceiling of varying scenarios per request, the same request each time', () => {
    const next = rebuild(byName('typenameRebuilt'));
    expect(next().body).toBe(byName('typename').request().body);
    expect(next().body).toBe(next().body);
  });

  it('ask for one article every time when given one (statement counts)', () => {
    const next = rebuild(byName('articlePage', { ...inputs, articles: articles.slice(0, 1) }));
    expect(new Set(Array.from({ length: 20 }, () => slugOf(next().body)))).toEqual(new Set(['one']));
  });
});
