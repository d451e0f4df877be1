// `pnpm start` as an operator runs it, ended with Ctrl+C: a terminal sends SIGINT to the whole
// foreground process group (pnpm, the shell it runs the script in, the server), and the
// command must end with exit code 0 and no pnpm error lines (issue 21). It runs the server
// bundle already built (BUILD_ON_START=false), having bundled the server only if stale.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builds, ensureBuilt, repoRoot } from './buildFreshness.mjs';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeAll(async () => {
  await ensureBuilt(
    builds.find((build) => build.name === 'server bundle')!,
    { stdio: 'ignore' },
  );
}, 120_000);

it('ends on Ctrl+C with exit code 0, a graceful shutdown and no pnpm error lines', { timeout: 150_000 }, async () => {
  const child = spawn('pnpm', ['start'], {
    cwd: repoRoot,
    // A process group of its own, as a terminal's foreground job has, to signal it whole.
    detached: true,
    env: {
      ...process.env,
      BUILD_ON_START: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      SEED_SAMPLE_CONTENT: 'false',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const url = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = /Newsroom is up at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearInterval(poll);
        resolve(match[1]!);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(poll);
      reject(new Error(`pnpm start ended before the server was up:\n${output}`));
    });
  });
  expect((await fetch(`${url}/healthz`)).status).toBe(200);

  process.kill(-child.pid!, 'SIGINT');
  expect(await exited).toEqual({ code: 0, signal: null });
  expect(output).toContain('SIGINT: shutting down');
  expect(output).not.toMatch(/ELIFECYCLE|Command failed|ERR_PNPM|WARN/);
});
