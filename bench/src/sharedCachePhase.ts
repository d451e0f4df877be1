// Issue 21's two measurements, on PostgreSQL only (several processes share a database only
// there): the anonymous article page through nginx's proxy_cache (deploy/nginx.conf, in front
// of two server processes) against the same page asked of one process directly; and a
// reader's article page (rendered per request) from WEB_CONCURRENCY=2 against 1. Both pairs
// run in alternating slices in this run, so each ratio is taken over the same minutes.
import { healthPid } from '@newsroom/server/testing/healthPid';
import { startNginx } from '@newsroom/server/testing/nginxProxy';
import { alternate, type Alternated } from './load';
import type { BenchSettings } from './phases';
import { scenarioLoad, scenarios, type ScenarioInputs } from './scenarios';
import { startServer, type ServerProcess } from './serverProcess';

export interface SharedCacheResults {
  /** The anonymous article page through nginx ÷ straight to one process. */
  nginxVsDirect: Alternated;
  /** A reader's article page from 2 workers ÷ from 1. */
  twoVsOneWorker: Alternated;
}

export async function sharedCachePhase(
  env: Record<string, string>,
  inputs: ScenarioInputs,
  settings: BenchSettings,
  port: number,
  log: (message: string) => void,
): Promise<SharedCacheResults> {
  const byName = (name: string) => scenarios(inputs).find((scenario) => scenario.name === name)!;
  const load = (url: string, name: string) => scenarioLoad(url, byName(name), settings);
  const started: ServerProcess[] = [];
  try {
    log('PostgreSQL: anonymous article page through nginx (two processes) vs one process directly');
    for (const offset of [0, 1]) started.push(await startServer(env, port + offset));
    const nginx = await startNginx(
      started.map((server) => new URL(server.url).host),
      port + 2,
    );
    let nginxVsDirect: Alternated;
    try {
      nginxVsDirect = await alternate(
        load(nginx.url, 'articleHtml'),
        load(started[0]!.url, 'articleHtml'),
        settings.slices,
        settings.sliceSeconds,
      );
    } finally {
      await nginx.stop();
    }
    for (const server of started.splice(0)) await server.stop();

    // Work that needs a process's CPU: a reader's article answered afresh (the API, no-cache).
    // A reader's page now comes from the page cache like everyone's (ADR 036), which one
    // process serves as fast as the load generator asks: two could only tie.
    log("PostgreSQL: a reader's fresh article answer, WEB_CONCURRENCY=2 vs 1");
    const one = await startServer({ ...env, WEB_CONCURRENCY: '1' }, port);
    started.push(one);
    const two = await startServer({ ...env, WEB_CONCURRENCY: '2' }, port + 1);
    started.push(two);
    await workersUp(two.url, 2);
    const twoVsOneWorker = await alternate(
      load(two.url, 'articlePage'),
      load(one.url, 'articlePage'),
      settings.slices,
      settings.sliceSeconds,
    );
    return { nginxVsDirect, twoVsOneWorker };
  } finally {
    for (const server of started) await server.stop();
  }
}

/** Waits until `count` worker pids have answered /healthz, each asked on a connection of its own. */
async function workersUp(url: string, count: number): Promise<void> {
  const pids = new Set<number>();
  const deadline = performance.now() + 60_000;
  while (pids.size < count) {
    if (performance.now() > deadline) throw new Error(`only ${pids.size} of ${count} workers answered at ${url}`);
    pids.add(await healthPid(url).catch(() => 0));
    pids.delete(0);
  }
}
