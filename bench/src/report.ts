// The table: each measurement next to its target, pass or fail, with ratios taken in the
// same run (absolute numbers depend on the machine; ratios much less).
import type { LighthouseScores, RouteJavaScript } from './browser';
import type { Alternated, LoadResult } from './load';
import type { BenchSettings, DriverResults } from './phases';

interface ReportInput {
  smoke: boolean;
  settings: BenchSettings;
  results: DriverResults[];
  javascript: RouteJavaScript;
  lighthouse: LighthouseScores;
  minutes: number;
}

type Row = [what: string, measured: string, target: string, verdict: '' | 'pass' | 'FAIL'];

const rps = (result: LoadResult | undefined) => (result ? `${Math.round(result.requestsPerSecond)} req/s` : 'n/a');
const ratio = (a: number, b: number) => (b ? a / b : 0);
const check = (ok: boolean): Row[3] => (ok ? 'pass' : 'FAIL');
const alternation = (a: Alternated) =>
  `${Math.round(a.first)} / ${Math.round(a.second)} req/s, ${a.slices} alternating slices of ${a.sliceSeconds} s`;

export function renderReport(input: ReportInput): { table: string; markdown: string; failed: number } {
  const rows: Row[] = [];
  for (const r of input.results) {
    const d = r.driver;
    for (const [name, result] of Object.entries(r.sample)) {
      rows.push([
        `${d}: ${name}`,
        `${rps(result)}, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors + result.non2xx}`,
        '',
        '',
      ]);
    }
    for (const [name, result] of Object.entries(r.bare)) {
      rows.push([`${d}: bare node:http, ${name}'s requests and response bytes`, rps(result), '', '']);
    }
    const article = r.sample.articlePage!;
    // The targets take each ratio over alternating slices (load.ts, `alternate`); the ratio
    // of the back-to-back runs above is printed beside it, for comparison.
    const vsApollo = ratio(r.articleVsTypename.first, r.articleVsTypename.second);
    const backToBackApollo = ratio(article.requestsPerSecond, r.sample.typename!.requestsPerSecond);
    rows.push([
      `${d}: article page ÷ Apollo { __typename } (${alternation(r.articleVsTypename)})`,
      vsApollo.toFixed(2),
      '≥ 0.50',
      check(vsApollo >= 0.5),
    ]);
    rows.push([`${d}: the same, from the back-to-back runs`, backToBackApollo.toFixed(2), '', '']);
    rows.push([`${d}: article page p99`, `${article.p99} ms`, '< 50 ms', check(article.p99 < 50)]);
    const vsBare = ratio(r.cachedVsBare.first, r.cachedVsBare.second);
    const backToBackBare = ratio(r.sample.homeFeedCached?.requestsPerSecond ?? 0, r.bare.homeFeedCached?.requestsPerSecond ?? 0);
    rows.push([
      `${d}: repeated anonymous reads (home feed, cached) ÷ bare node:http (${alternation(r.cachedVsBare)})`,
      vsBare.toFixed(2),
      '≥ 0.40',
      check(vsBare >= 0.4),
    ]);
    rows.push([`${d}: the same, from the back-to-back runs`, backToBackBare.toFixed(2), '', '']);
    for (const name of ['articlePage', 'homeFeed']) {
      const largeP99 = r.large[name]?.p99 ?? 0;
      const sampleP99 = r.sample[name]?.p99 ?? 0;
      const scale = ratio(largeP99, sampleP99);
      rows.push([`${d}: ${name} p99 large ÷ sample (${largeP99} / ${sampleP99} ms)`, scale.toFixed(2), '≤ 1.5', check(scale <= 1.5)]);
    }
    const page500 = ratio(r.large.homeFeedPage500?.p99 ?? 0, r.large.homeFeed?.p99 ?? 0);
    rows.push([`${d}: feed page 500 ÷ page 1 (p99, large set)`, page500.toFixed(2), '≤ 1.5', check(page500 <= 1.5)]);
    for (const [name, count] of Object.entries(r.statementsSample)) {
      const large = r.statementsLarge[name];
      rows.push([
        `${d}: SQL statements, ${name}`,
        large === undefined ? `${count}` : `${count} sample / ${large} large`,
        'constant',
        large === undefined ? '' : check(large === count),
      ]);
    }
    rows.push([`${d}: start-up, empty database (migrate + seed)`, `${Math.round(r.startupFreshMs)} ms`, '', '']);
    rows.push([
      `${d}: start-up, existing database`,
      `${Math.round(r.startupExistingMs)} ms`,
      '< 3,000 ms',
      check(r.startupExistingMs < 3_000),
    ]);
    rows.push([`${d}: memory (RSS) idle / under load`, `${r.rssIdleMb} MB / ${r.rssLoadMb} MB`, '', '']);
    rows.push([`${d}: large data set seeded in`, `${r.largeSeedSeconds} s`, '', '']);
  }
  const lh = input.lighthouse;
  const runs = lh.performanceRuns.length > 1 ? ` (median of ${lh.performanceRuns.join(', ')})` : '';
  rows.push([`Lighthouse mobile: performance${runs}`, String(lh.performance), '≥ 95', check(lh.performance >= 95)]);
  rows.push(['Lighthouse mobile: accessibility', String(lh.accessibility), '100', check(lh.accessibility === 100)]);
  rows.push(['Lighthouse mobile: best practices', String(lh.bestPractices), '≥ 95', check(lh.bestPractices >= 95)]);
  rows.push(['Lighthouse mobile: SEO', String(lh.seo), '100', check(lh.seo === 100)]);
  rows.push(['Lighthouse mobile: LCP / TBT', `${lh.lcpMs} ms / ${lh.tbtMs} ms`, '', '']);
  rows.push(['Lighthouse mobile: CLS', String(lh.cls), '≤ 0.01', check(lh.cls <= 0.01)]);
  const js = input.javascript;
  rows.push([
    `article route JavaScript before interaction, gzipped (${js.files} files)`,
    `${js.gzipKb} KB`,
    '≤ 150 KB',
    check(js.gzipKb <= 150),
  ]);
  rows.push([`article route JavaScript by network idle (${js.allFiles} files)`, `${js.allGzipKb} KB`, '', '']);

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
    '| what | measured | target | verdict |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
  return { table, markdown, failed };
}
