import { describe, expect, it } from 'vitest';
import type { Alternated, LoadResult } from './load';
import type { DriverResults } from './phases';
import { renderReport, reportRows, type Row } from './report';

const load = (requestsPerSecond: number, p99: number, loadAverage = 1.5): LoadResult => ({
  requestsPerSecond,
  p50: Math.round(p99 / 2),
  p99,
  errors: 0,
  non2xx: 0,
  bytesPerResponse: 100,
  loadAverage,
});
const alternated = (first: number, second: number): Alternated => ({ first, second, slices: 5, sliceSeconds: 2, loadAverage: 2.25 });

function driver(name: string, overrides: Partial<DriverResults> = {}): DriverResults {
  return {
    driver: name,
    startupFreshMs: 2_500,
    startupExistingMs: 2_400,
    rssIdleMb: 400,
    rssLoadMb: 500,
    articlePool: { sample: 28, large: 1_000 },
    bare: { articlePage: load(40_000, 3), homeFeedCached: load(30_000, 3) },
    sample: {
      on: { typename: load(8_000, 12), articlePage: load(4_000, 20), articleHtml: load(100, 900), articleHtmlReader: load(90, 950) },
      off: { articlePage: load(400, 300), articleHtml: load(50, 2_000), mixedReadVote: load(200, 1_500, 3.5) },
    },
    articleVsTypename: alternated(4_000, 7_000),
    cachedVsBare: alternated(12_000, 30_000),
    htmlVsApi: alternated(2_400, 4_000),
    large: {
      on: { articlePage: load(3_000, 25), homeFeed: load(500, 90), homeFeedPage500: load(500, 100) },
      off: { articlePage: load(20, 6_000), homeFeed: load(500, 95), homeFeedPage500: load(500, 100) },
    },
    statementsSample: { articlePage: 0, typename: 0 },
    statementsSampleOff: { articlePage: 7 },
    statementsLarge: { articlePage: 0 },
    largeSeedSeconds: 50,
    ...overrides,
  };
}

const browser = {
  javascript: { files: 5, gzipKb: 3.4, allFiles: 22, allGzipKb: 140.2 },
  lighthouse: {
    performance: 97,
    performanceRuns: [97],
    accessibility: 100,
    bestPractices: 100,
    seo: 100,
    fcpMs: 1_000,
    lcpMs: 2_000,
    tbtMs: 30,
    cls: 0,
  },
};
const find = (rows: Row[], text: string) => rows.filter((row) => row[0].includes(text));

describe('the report', () => {
  const rows = reportRows({ results: [driver('PGlite'), driver('PostgreSQL', { startupExistingMs: 300 })], ...browser });

  it('judges ratios taken in alternating slices, naming their slices and the load average', () => {
    const [apollo] = find(rows, 'PGlite: article page (random of 28) ÷ Apollo');
    expect(apollo![1]).toBe('0.57');
    expect(apollo![3]).toBe('informative (a whole fresh answer against one field: execution cost, not a ceiling), met');
    expect(apollo![0]).toContain('5 alternating slices of 2 s, load 2.3');
    const [cached] = find(rows, 'PGlite: repeated anonymous reads');
    expect(cached!.slice(1)).toEqual(['0.40', '≥ 0.40', 'pass']);
  });

  it('records every load run with its load average, caches on and off', () => {
    const [off] = find(rows, 'PGlite: mixedReadVote, caches off');
    expect(off![1]).toBe('200 req/s, p50 750 ms, p99 1500 ms, errors 0, load 3.5');
    expect(find(rows, 'PGlite: articlePage, caches on')).toHaveLength(1);
    expect(find(rows, 'PGlite: articlePage, large set, caches off')).toHaveLength(1);
  });

  it('marks absolute numbers informative, met or not, and never counts them as missed', () => {
    const [p99] = find(rows, 'PGlite: article page p99, caches on');
    expect(p99![3]).toBe('informative (absolute, machine-dependent), met');
  });

  it('holds the anonymous HTML page to half the API article page, caches on (part 3)', () => {
    const [html] = find(rows, 'PGlite: anonymous HTML article page ÷ API');
    expect(html!.slice(1)).toEqual(['0.60', '≥ 0.50', 'pass']);
    const [slow] = find(
      reportRows({ results: [driver('PGlite', { htmlVsApi: alternated(100, 4_000) })], ...browser }),
      'anonymous HTML article page ÷ API',
    );
    expect(slow!.slice(1)).toEqual(['0.03', '≥ 0.50', 'FAIL']);
  });

  it('reports through nginx against direct and 2 workers against 1 where measured (PostgreSQL), and nowhere else', () => {
    expect(find(rows, 'PGlite: anonymous article page (random of 28) through nginx')).toEqual([]);
    const measured = reportRows({
      results: [driver('PostgreSQL', { sharedCache: { nginxVsDirect: alternated(9_000, 3_000), twoVsOneWorker: alternated(150, 100) } })],
      ...browser,
    });
    const [nginx] = find(
      measured,
      "PostgreSQL: anonymous article page (random of 28) through nginx's proxy_cache (2 processes) ÷ one process directly",
    );
    expect(nginx!.slice(1)).toEqual(['3.00', '≥ 1.00', 'pass']);
    const [workers] = find(measured, "PostgreSQL: a reader's fresh article answer (API, no-cache), WEB_CONCURRENCY=2 ÷ 1");
    expect(workers!.slice(1)).toEqual(['1.50', '≥ 1.50', 'informative (the load generator shares the cores), met']);
  });

  it('holds a two-word search on the large set to three times the home feed page (p99, caches off, issue 20)', () => {
    const withSearch = (p99: number) =>
      driver('PGlite', { large: { ...driver('PGlite').large, off: { ...driver('PGlite').large.off, searchTwoWords: load(300, p99) } } });
    const [met] = find(reportRows({ results: [withSearch(190)], ...browser }), 'PGlite: two-word search ÷ home feed');
    expect(met!.slice(1)).toEqual(['2.00', '≤ 3', 'pass']);
    expect(met![0]).toContain('190 / 95 ms');
    const [missed] = find(reportRows({ results: [withSearch(400)], ...browser }), 'PGlite: two-word search ÷ home feed');
    expect(missed!.slice(1)).toEqual(['4.21', '≤ 3', 'FAIL']);
    expect(find(rows, 'two-word search')).toEqual([]);
  });

  it('judges related articles, the embedded database and start-up (parts 2 and 5) as targets', () => {
    const [scale] = find(rows, 'PGlite: article page (random of 1000 / 28) p99 large ÷ sample, caches on');
    expect(scale!.slice(1)).toEqual(['1.25', '≤ 1.5', 'pass']);
    const [related] = find(rows, 'PGlite: article page (random of 1000 / 28) p99 large ÷ sample, caches off');
    expect(related!.slice(1)).toEqual(['20.00', '≤ 1.5', 'FAIL']);
    const [mixed] = find(rows, 'PGlite: mixed read/vote');
    expect(mixed!.slice(2)).toEqual(['≤ 1,000 ms', 'FAIL']);
    const [drivers] = find(rows, 'PGlite ÷ PostgreSQL: article page p99, caches off');
    expect(drivers!.slice(1)).toEqual(['1.00', '≤ 5', 'pass']);
    expect(find(rows, 'PGlite: start-up, existing database').map((row) => row.slice(1))).toEqual([['2400 ms', '≤ 2,000 ms', 'FAIL']]);
    expect(find(rows, 'PostgreSQL: start-up, existing database').map((row) => row[3])).toEqual(['pass']);
  });

  it('holds the article page in the browser to part 4’s targets: 90 KB before interaction, FCP 1.2 s, Lighthouse 95', () => {
    const rows = reportRows({ results: [], ...browser });
    expect(find(rows, 'JavaScript before interaction')[0]!.slice(1)).toEqual(['3.4 KB', '≤ 90 KB', 'pass']);
    expect(find(rows, 'first contentful paint')[0]!.slice(1)).toEqual(['1000 ms', '≤ 1200 ms', 'pass']);
    const heavy = reportRows({
      results: [],
      javascript: { ...browser.javascript, gzipKb: 147.2 },
      lighthouse: { ...browser.lighthouse, fcpMs: 2_100, performance: 94 },
    });
    expect(find(heavy, 'JavaScript before interaction')[0]![3]).toBe('FAIL');
    expect(find(heavy, 'first contentful paint')[0]![3]).toBe('FAIL');
    expect(find(heavy, 'Lighthouse mobile: performance')[0]![3]).toBe('FAIL');
  });

  it('counts only FAIL rows as missed', () => {
    const failing = driver('PGlite', {
      cachedVsBare: alternated(10_000, 30_000),
      startupExistingMs: 1_500,
      sample: { ...driver('PGlite').sample, off: { articlePage: load(400, 300), mixedReadVote: load(200, 900) } },
      large: { ...driver('PGlite').large, off: { articlePage: load(20, 400), homeFeed: load(500, 95), homeFeedPage500: load(500, 100) } },
    });
    const report = renderReport({
      smoke: true,
      settings: {
        durationSeconds: 2,
        warmupSeconds: 1,
        slices: 2,
        sliceSeconds: 1,
        connections: 50,
        readers: 50,
        largeArticles: 1_000,
        large: { articles: 6_100, comments: 20_000, ratings: 40_000, tags: 100 },
      },
      results: [failing],
      minutes: 3,
      ...browser,
    });
    expect(report.failed).toBe(1);
    expect(report.markdown).toContain('1 target(s) missed');
    expect(report.table).toContain('informative (absolute, machine-dependent), met');
  });
});
