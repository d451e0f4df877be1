// The article page in a real browser: Lighthouse's mobile audit of the production build,
// and the gzipped JavaScript the article route loads before it is interactive.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

export const chromiumPath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', process.env.CHROMIUM_PATH].find(
  (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
);

const flags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** First contentful paint in Lighthouse's simulated phone. */
  fcpMs: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** The performance score of every run, in order; the other fields are the median run's. */
  performanceRuns: number[];
}

/**
 * Lighthouse's mobile audit, `runs` times in one browser; the run with the median
 * performance score is reported (as Lighthouse's own documentation advises: one run's
 * total blocking time moves by a factor of several on a busy 2-core machine).
 */
export async function runLighthouse(url: string, runs = 1): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: flags });
  try {
    const results: Omit<LighthouseScores, 'performanceRuns'>[] = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
      const lhr = result!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: Math.round(numeric('first-contentful-paint')),
        lcpMs: Math.round(numeric('largest-contentful-paint')),
        cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
        tbtMs: Math.round(numeric('total-blocking-time')),
      });
    }
    const median = [...results].sort((a, b) => a.performance - b.performance)[Math.floor(results.length / 2)]!;
    return { ...median, performanceRuns: results.map((result) => result.performance) };
  } finally {
    chrome.kill();
  }
}

export interface RouteJavaScript {
  /** Scripts requested before the page is interactive (its `newsroom:interactive` mark): the target. */
  gzipKb: number;
  files: number;
  /** Every script by the time the network is quiet, including what loads after hydration. */
  allGzipKb: number;
  allFiles: number;
}

/**
 * Gzipped bytes of the scripts the article route loads before it is interactive, and of all
 * it loads until the network is quiet. Interactive means the page answers the reader: it
 * leaves a `newsroom:interactive` performance mark once its islands' boot has set up the
 * shortcut and the triggers that hydrate each widget when it shows or is touched
 * (apps/web/src/app/islands/bootIslands.ts; on other pages, once React has hydrated them,
 * ssr/useHydrated.ts). A script requested after that (a widget's code, React and Apollo
 * Client with the first widget in view) cannot delay the first interaction; the total
 * until the network is quiet, widgets in view included, is reported beside it.
 */
export async function articleRouteJavaScript(url: string): Promise<RouteJavaScript> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags.slice(1) });
  try {
    const page = await browser.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      // A body still arriving when the browser closes must not crash the run.
      const bytes = response.body().then(
        (body) => gzipSync(body).length,
        () => 0,
      );
      sizes.push(bytes.then((size) => ({ url: response.url(), bytes: size })));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-hydrated]', { state: 'attached' });
    // Scripts imported once the page is up (on approach, after idle) come after the first
    // quiet moment: wait until no new script has started for a second.
    for (let seen = -1; seen !== sizes.length;) {
      seen = sizes.length;
      await page.waitForTimeout(1_000);
    }
    const { hydratedAt, started } = await page.evaluate(() => ({
      hydratedAt: performance.getEntriesByName('newsroom:interactive')[0]?.startTime ?? Infinity,
      started: performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime] as const),
    }));
    const startOf = new Map(started);
    const all = await Promise.all(sizes);
    const beforeInteraction = all.filter((script) => (startOf.get(script.url) ?? Infinity) < hydratedAt);
    const kb = (scripts: typeof all) => Math.round((scripts.reduce((sum, script) => sum + script.bytes, 0) / 1024) * 10) / 10;
    return { gzipKb: kb(beforeInteraction), files: beforeInteraction.length, allGzipKb: kb(all), allFiles: all.length };
  } finally {
    await browser.close();
  }
}
