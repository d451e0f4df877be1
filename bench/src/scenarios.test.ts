import { describe, expect, it } from 'vitest';
import { scenarioLoad, scenarios } from './scenarios';

const inputs = { articleSlug: 'a-slug', articleId: 'QXJ0aWNsZTox', readerCookies: ['nr_reader=one', 'nr_reader=two'] };
const settings = { connections: 50, durationSeconds: 10, warmupSeconds: 3 };

describe('scenarios under load', () => {
  it('send votes from reader after reader, rebuilding each request', () => {
    const vote = scenarioLoad(
      'http://127.0.0.1:1',
      scenarios(inputs).find((s) => s.name === 'rateArticle')!,
      settings,
    );
    const first = vote.setupRequest!({ method: 'POST', path: '/graphql' } as never);
    const second = vote.setupRequest!({ method: 'POST', path: '/graphql' } as never);
    expect(first.headers!.cookie).not.toBe(second.headers!.cookie);
  });

  it('send every other scenario as one fixed request, as the ceiling is sent (no per-request rebuild)', () => {
    const fixed = scenarios(inputs).filter((s) => s.name !== 'rateArticle');
    expect(fixed.map((s) => s.name)).toContain('homeFeedCached');
    for (const scenario of fixed) {
      const options = scenarioLoad('http://127.0.0.1:1', scenario, settings);
      expect(options.setupRequest).toBeUndefined();
      expect(options.body).toBe(scenario.body());
      expect(options.url).toBe('http://127.0.0.1:1/graphql');
    }
  });
});
