// Our server in a child process, as in production, so the load generator does not share
// its event loop. Reports start-up time (spawn to first answered request) and memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const serverRoot = fileURLToPath(new URL('../../apps/server', import.meta.url));

export interface ServerProcess {
  url: string;
  startupMs: number;
  rssMb(): number;
  /** Resolves once the process uses under a fifth of a core (or after 60 s): its backlog is done. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const started = performance.now();
  // The bundle `pnpm start` runs (`pnpm build` and `pnpm bench:smoke` write it).
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: serverRoot,
    // Access lines off (LOG_LEVEL=warn, ADR 029): at thousands of requests a second they would
    // fill the pipe to this process, whose event loop is busy generating the load, and the
    // server would wait on it. The logging cost is measured apart (BENCH_LOG_LEVEL=info).
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A bench that dies (an error, Ctrl+C) leaves no server holding its port or data directory.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  child.once('exit', () => process.off('exit', orphan));
  let output = '';
  // Only the tail is kept, for the message of a server that dies: the output of a long run is unbounded.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-64 * 1024));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const startupMs = performance.now() - started;
  return { url, startupMs, rssMb: () => rssOf(child), idle: () => idle(child), stop: () => stop(child) };
}

export function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat (clock ticks of 1/100 s). */
export function cpuSecondsOf(child: ChildProcess): number {
  // The command name may hold spaces; the fields after its closing parenthesis do not.
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function idle(child: ChildProcess): Promise<void> {
  const deadline = performance.now() + 60_000;
  while (child.exitCode === null && performance.now() < deadline) {
    const before = cpuSecondsOf(child);
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (child.exitCode !== null || cpuSecondsOf(child) - before < 0.05) return;
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
