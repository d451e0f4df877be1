// A second Newsroom, started by a spec for itself: a brand-new embedded database with no
// sample content, the way a newsroom first meets the product, and its first account made
// with the command-line tool. It runs the production bundle the shared e2e server built
// (apps/server/dist), on its own port and data directory, and is stopped by the spec.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../apps/server', import.meta.url));

export interface FreshSite {
  baseURL: string;
  stop(): Promise<void>;
}

export interface FreshSiteOptions {
  port: number;
  /** The first account, made with `pnpm newsroom user:create` before the server starts. */
  firstAccount: { login: string; name: string; role: string; password: string };
  /** Extra environment for the server (e.g. a short scheduler interval). */
  env?: Record<string, string>;
}

export async function startFreshSite(options: FreshSiteOptions): Promise<FreshSite> {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-fresh-'));
  const baseURL = `http://127.0.0.1:${options.port}`;
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    SEED_SAMPLE_CONTENT: 'false',
    PUBLIC_URL: baseURL,
    // No access line per request in the test's output (ADR 029); LOG_LEVEL=info shows them.
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
    ...options.env,
  };

  const { login, name, role, password } = options.firstAccount;
  const created = spawnSync('pnpm', ['--silent', 'cli', 'user:create', '--login', login, '--role', role, '--name', name], {
    cwd: serverDir,
    env: { ...env, NEWSROOM_PASSWORD: password },
    encoding: 'utf8',
  });
  if (created.status !== 0) throw new Error(`user:create failed: ${created.stderr || created.stdout}`);

  const server = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: serverDir,
    env: { ...env, NODE_ENV: 'production', PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await waitUntilReady(`${baseURL}/readyz`, server, () => output);
  return {
    baseURL,
    async stop() {
      await stopProcess(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the fresh site exited (${server.exitCode}):\n${output()}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the fresh site was not ready within 60 s:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
