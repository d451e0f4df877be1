// The table: each measurement next to its target, pass or fail. Targets are ratios taken in
// the same run, most of them over alternating slices (absolute numbers depend on the machine
// and its load; ratios much less). Absolute numbers that used to be targets, and targets of
// work still to come, are rows marked "informative": shown with the line they are held to,
// never counted as missed.
import type { LighthouseScores, RouteJavaScript } from './browser';
import type { Alternated, LoadResult } from './load';
import type { BenchSettings, DriverResults } from './phases';
import { mixedVoteEvery } from './scenarios';

export interface ReportInput {
  smoke: boolean;
  settings: BenchSettings;
  results: DriverResults[];
  javascript: RouteJavaScript;
  lighthouse: LighthouseScores;
  minutes: number;
}

/** pass / FAIL count; an informative row says why it is one, and whether its line is met. */
export type Verdict = '' | 'pass' | 'FAIL' | `informative (${string})${string}`;
export type Row = [what: string, measured: string, target: string, verdict: Verdict];

const rps = (result: LoadResult | undefined) => (result ? `${Math.round(result.requestsPerSecond)} req/s` : 'n/a');
export const ratio = (a: number, b: number) => (b ? a / b : 0);
const check = (ok: boolean): Verdict => (ok ? 'pass' : 'FAIL');
/**
 * A two-word search may take at most this many times the home feed's first page (p99, large
 * set, caches off, one phase): it ranks every match and cuts passages for ten of them, where
 * the feed reads twelve rows off an index (ADR 033).
 */
export const searchToFeedTarget = 3;
/** A row held to a line it is not yet judged by: `why` is e.g. "part 2 pending". */
export const informative = (why: string, met: boolean): Verdict => `informative (${why}), ${met ? 'met' : 'not met'}`;
const alternation = (a: Alternated) =>
  `${Math.round(a.first)} / ${Math.round(a.second)} req/s, ${a.slices} alternating slices of ${a.sliceSeconds} s, load ${a.loadAverage.toFixed(1)}`;
/** A load run: throughput, latency, errors, and the machine's 1-minute load average as it ended. */
export const loadText = (result: LoadResult) =>
  `${rps(result)}, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors + result.non2xx}, load ${result.loadAverage.toFixed(1)}`;

export function reportRows(input: Pick<ReportInput, 'results' | 'javascript' | 'lighthouse'>): Row[] {
  const rows: Row[] = [];
  for (const r of input.results) {
    const d = r.driver;
    const pool = `random of ${r.articlePool.sample}`;
    for (const [mode, results] of Object.entries(r.sample)) {
      for (const [name, result] of Object.entries(results)) rows.push([`${d}: ${name}, caches ${mode}`, loadText(result), '', '']);
    }
    for (const [name, result] of Object.entries(r.bare)) {
      rows.push([`${d}: bare node:http, ${name}'s requests and response bytes`, loadText(result), '', '']);
    }
    const on = r.sample.on;
    const off = r.sample.off;
    // The targets take each ratio over alternating slices (load.ts, `alternate`); the ratio
    // of the back-to-back runs above is printed beside it, for comparison.
    // Informative since articles are random (issue 19): the old 0.61 came from one article
    // answered from the caches. A reader's whole article answer, asked for afresh (no-cache,
    // their own score and comments: 2 statements with the caches on), against one field,
    // measures how much more GraphQL executes and JSON is written for ~40 fields, not how
    // near a ceiling the server is; the page readers load is held to its own target below.
    const vsApollo = ratio(r.articleVsTypename.first, r.articleVsTypename.second);
    rows.push([
      `${d}: article page (${pool}) ÷ Apollo { __typename }, both rebuilt per request, caches on (${alternation(r.articleVsTypename)})`,
      vsApollo.toFixed(2),
      '≥ 0.50',
      informative('a whole fresh answer against one field: execution cost, not a ceiling', vsApollo >= 0.5),
    ]);
    const vsBare = ratio(r.cachedVsBare.first, r.cachedVsBare.second);
    rows.push([
      `${d}: repeated anonymous reads (home feed, cached) ÷ bare node:http (${alternation(r.cachedVsBare)})`,
      vsBare.toFixed(2),
      '≥ 0.40',
      check(vsBare >= 0.4),
    ]);
    rows.push([
      `${d}: the same, from the back-to-back runs`,
      ratio(on.homeFeedCached?.requestsPerSecond ?? 0, r.bare.homeFeedCached?.requestsPerSecond ?? 0).toFixed(2),
      '',
      '',
    ]);
    const htmlVsApi = ratio(r.htmlVsApi.first, r.htmlVsApi.second);
    rows.push([
      `${d}: anonymous HTML article page ÷ API article page, same articles, caches on (${alternation(r.htmlVsApi)})`,
      htmlVsApi.toFixed(2),
      '≥ 0.50',
      check(htmlVsApi >= 0.5),
    ]);
    for (const [mode, results] of [
      ['on', on],
      ['off', off],
    ] as const) {
      const api = results.articlePage?.requestsPerSecond ?? 0;
      for (const name of ['articleHtml', 'articleHtmlReader']) {
        rows.push([
          `${d}: ${name === 'articleHtml' ? 'anonymous' : "a reader's"} HTML page ÷ API article page, caches ${mode}, back to back`,
          ratio(results[name]?.requestsPerSecond ?? 0, api).toFixed(2),
          '',
          '',
        ]);
      }
    }
    if (r.sharedCache) {
      const throughNginx = ratio(r.sharedCache.nginxVsDirect.first, r.sharedCache.nginxVsDirect.second);
      rows.push([
        `${d}: anonymous article page (${pool}) through nginx's proxy_cache (2 processes) ÷ one process directly (${alternation(r.sharedCache.nginxVsDirect)})`,
        throughNginx.toFixed(2),
        '≥ 1.00',
        check(throughNginx >= 1),
      ]);
      const workers = ratio(r.sharedCache.twoVsOneWorker.first, r.sharedCache.twoVsOneWorker.second);
      rows.push([
        `${d}: a reader's fresh article answer (API, no-cache), WEB_CONCURRENCY=2 ÷ 1 (${alternation(r.sharedCache.twoVsOneWorker)})`,
        workers.toFixed(2),
        '≥ 1.50',
        informative('the load generator shares the cores', workers >= 1.5),
      ]);
    }
    const articleP99 = on.articlePage?.p99 ?? 0;
    rows.push([
      `${d}: article page p99, caches on`,
      `${articleP99} ms`,
      '< 50 ms',
      informative('absolute, machine-dependent', articleP99 < 50),
    ]);
    const mixed = off.mixedReadVote;
    if (mixed) {
      rows.push([
        `${d}: mixed read/vote (1 request in ${mixedVoteEvery} a vote) p99, caches off`,
        `${mixed.p99} ms`,
        '≤ 1,000 ms',
        check(mixed.p99 <= 1_000),
      ]);
    }
    for (const [name, label] of [
      ['articlePage', `article page (random of ${r.articlePool.large} / ${r.articlePool.sample})`],
      ['homeFeed', 'homeFeed'],
    ] as const) {
      for (const mode of ['on', 'off'] as const) {
        const largeP99 = r.large[mode][name]?.p99 ?? 0;
        const sampleP99 = r.sample[mode][name]?.p99 ?? 0;
        const scale = ratio(largeP99, sampleP99);
        rows.push([
          `${d}: ${label} p99 large ÷ sample, caches ${mode} (${largeP99} / ${sampleP99} ms)`,
          scale.toFixed(2),
          '≤ 1.5',
          check(scale <= 1.5),
        ]);
      }
    }
    for (const mode of ['on', 'off'] as const) {
      const page500 = ratio(r.large[mode].homeFeedPage500?.p99 ?? 0, r.large[mode].homeFeed?.p99 ?? 0);
      rows.push([`${d}: feed page 500 ÷ page 1 (p99, large set), caches ${mode}`, page500.toFixed(2), '≤ 1.5', check(page500 <= 1.5)]);
    }
    // Search (ADR 033): a two-word query on the large set against the home feed's first page
    // in the same phase, caches off (search answers are never cached in the process).
    const search = r.large.off.searchTwoWords;
    if (search) {
      const feed = r.large.off.homeFeed?.p99 ?? 0;
      const searchRatio = ratio(search.p99, feed);
      rows.push([
        `${d}: two-word search ÷ home feed page 1 (p99, large set, caches off; ${search.p99} / ${feed} ms)`,
        searchRatio.toFixed(2),
        `≤ ${searchToFeedTarget}`,
        check(searchRatio <= searchToFeedTarget),
      ]);
    }
    for (const mode of ['on', 'off'] as const) {
      for (const [name, result] of Object.entries(r.large[mode]))
        rows.push([`${d}: ${name}, large set, caches ${mode}`, loadText(result), '', '']);
    }
    for (const [name, count] of Object.entries(r.statementsSample)) {
      const large = r.statementsLarge[name];
      const cold = r.statementsSampleOff[name];
      rows.push([
        `${d}: SQL statements, ${name}`,
        `${large === undefined ? `${count}` : `${count} sample / ${large} large`}${cold === undefined ? '' : `; ${cold} with caches off`}`,
        'constant',
        large === undefined ? '' : check(large === count),
      ]);
    }
    rows.push([`${d}: start-up, empty database (migrate + seed)`, `${Math.round(r.startupFreshMs)} ms`, '', '']);
    const existing = Math.round(r.startupExistingMs);
    rows.push([`${d}: start-up, existing database`, `${existing} ms`, '≤ 2,000 ms', check(existing <= 2_000)]);
    rows.push([`${d}: memory (RSS) idle / under load`, `${r.rssIdleMb} MB / ${r.rssLoadMb} MB`, '', '']);
    rows.push([`${d}: large data set seeded in`, `${r.largeSeedSeconds} s`, '', '']);
  }
  const pglite = input.results.find((r) => r.driver === 'PGlite')?.sample.off.articlePage;
  const postgres = input.results.find((r) => r.driver === 'PostgreSQL')?.sample.off.articlePage;
  if (pglite && postgres) {
    // Two phases minutes apart, not alternating slices: read it with their load averages.
    const scale = ratio(pglite.p99, postgres.p99);
    rows.push([
      `PGlite ÷ PostgreSQL: article page p99, caches off, 50 connections (${pglite.p99} / ${postgres.p99} ms, load ${pglite.loadAverage.toFixed(1)} / ${postgres.loadAverage.toFixed(1)}; not alternating)`,
      scale.toFixed(2),
      '≤ 5',
      check(scale <= 5),
    ]);
  }
  const lh = input.lighthouse;
  const runs = lh.performanceRuns.length > 1 ? ` (median of ${lh.performanceRuns.join(', ')})` : '';
  rows.push([`Lighthouse mobile: performance${runs}`, String(lh.performance), '≥ 95', check(lh.performance >= 95)]);
  rows.push(['Lighthouse mobile: accessibility', String(lh.accessibility), '100', check(lh.accessibility === 100)]);
  rows.push(['Lighthouse mobile: best practices', String(lh.bestPractices), '≥ 95', check(lh.bestPractices >= 95)]);
  rows.push(['Lighthouse mobile: SEO', String(lh.seo), '100', check(lh.seo === 100)]);
  rows.push(['Lighthouse mobile: first contentful paint (median run)', `${lh.fcpMs} ms`, '≤ 1200 ms', check(lh.fcpMs <= 1200)]);
  rows.push(['Lighthouse mobile: LCP / TBT', `${lh.lcpMs} ms / ${lh.tbtMs} ms`, '', '']);
  rows.push(['Lighthouse mobile: CLS', String(lh.cls), '≤ 0.01', check(lh.cls <= 0.01)]);
  const js = input.javascript;
  rows.push([
    `article route JavaScript before interaction, gzipped (${js.files} files)`,
    `${js.gzipKb} KB`,
    '≤ 90 KB',
    check(js.gzipKb <= 90),
  ]);
  rows.push([`article route JavaScript by network idle, widgets in view hydrated (${js.allFiles} files)`, `${js.allGzipKb} KB`, '', '']);
  return rows;
}

export function renderReport(input: ReportInput): { table: string; markdown: string; failed: number } {
  const rows = reportRows(input);
  const failed = rows.filter((row) => row[3] === 'FAIL').length;
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]!.length), 8));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  const table = [line(['what', 'measured', 'target', 'verdict']), ...rows.map(line)].join('\n');
  const s = input.settings;
  const markdown = [
    '# Benchmark report',
    '',
    `\`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: ${s.connections} connections, ${s.durationSeconds} s per scenario after ${s.warmupSeconds} s of warm-up; large data set ${s.large.articles.toLocaleString('en')} articles, ${s.large.comments.toLocaleString('en')} comments, ${s.large.ratings.toLocaleString('en')} ratings. Whole run: ${input.minutes.toFixed(1)} min. ${failed} target(s) missed.`,
    '',
    'Article scenarios ask for a random published article per request (the sample set, or ' +
      `${s.largeArticles.toLocaleString('en')} articles of the large set), and are compared only with ceilings rebuilt per request as they are. ` +
      '"Caches off" is a second server process with SHARED_READ_CACHE_ENTRIES=0, READER_READ_CACHE_ENTRIES=0 and PAGE_CACHE_ENTRIES=0, sent `Cache-Control: no-cache` (which skips the response cache). ' +
      '"load" is the machine\'s 1-minute load average (os.loadavg) as each measurement ended. Ratios marked "alternating slices" were measured within this run, the two sides taking turns; ' +
      'rows marked "informative" are not counted as missed.',
    '',
    '| what | measured | target | verdict |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
  return { table, markdown, failed };
}
