// The data directory lock against real processes: holders in child processes, killed with
// SIGKILL, racing over a stale lock. No database is opened here (see
// apps/server/src/oneProcessPerDataDir.test.ts for servers and the CLI).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it, vi } from 'vitest';
import { DataDirLockedError, lockDataDir, lockFileName, type LockHolder } from './dataDirLock';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const holderScript = fileURLToPath(new URL('./testing/holdDataDirLock.ts', import.meta.url));
const root = mkdtempSync(path.join(os.tmpdir(), 'newsroom-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let dirs = 0;
function freshDir(): string {
  const dataDir = path.join(root, `dir${(dirs += 1)}`);
  mkdirSync(dataDir);
  return dataDir;
}

interface Holder {
  child: ChildProcess;
  result: Promise<{ held: boolean; message?: string }>;
  exited: Promise<void>;
  stderr(): string;
}

/** A child process that takes the lock of `dataDir` and keeps it until its stdin ends. */
function startHolder(dataDir: string, command: string): Holder {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir, command], { cwd: repoRoot });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const result = new Promise<{ held: boolean; message?: string }>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) resolve(JSON.parse(stdout.split('\n')[0]!));
    });
    void exited.then(() => reject(new Error(`holder exited without answering: ${stderr}`)));
  });
  return { child, result, exited, stderr: () => stderr };
}

/** The pid of a process that has come and gone. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

function writeLock(dataDir: string, holder: Partial<LockHolder>): void {
  const lock: LockHolder = { pid: deadPid(), command: 'server', startedAt: '2026-12-01T10:00:00.000Z', hostname: os.hostname(), ...holder };
  writeFileSync(path.join(dataDir, lockFileName), JSON.stringify(lock));
}

it('takes no lock on a memory:// database', async () => {
  expect(await lockDataDir('memory://')).toBeUndefined();
});

it('holds a directory once per process, writes who holds it, and frees it on release', async () => {
  const dataDir = freshDir();
  const lock = await lockDataDir(dataDir);
  const written = JSON.parse(readFileSync(path.join(dataDir, lockFileName), 'utf8')) as LockHolder;
  expect(written).toMatchObject({ pid: process.pid, hostname: os.hostname() });
  expect(Date.parse(written.startedAt)).toBeGreaterThan(Date.now() - 60_000);

  const refusal = await lockDataDir(dataDir).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(DataDirLockedError);
  expect((refusal as Error).message).toContain(`in use by pid ${process.pid} (`);

  lock!.release();
  expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);
  (await lockDataDir(dataDir))!.release();
});

it('refuses while another process holds it, naming that process, and takes over once it is SIGKILLed', async () => {
  const dataDir = freshDir();
  const holder = startHolder(dataDir, 'cli user:create');
  expect(await holder.result).toEqual({ held: true });
  await expect(lockDataDir(dataDir)).rejects.toThrow(new RegExp(`in use by pid ${holder.child.pid} \\(cli user:create, since 20\\d\\d-`));

  holder.child.kill('SIGKILL');
  await holder.exited;
  expect(existsSync(path.join(dataDir, lockFileName))).toBe(true); // nothing ran to remove it
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const lock = await lockDataDir(dataDir);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining(`took over the lock of pid ${holder.child.pid} (cli user:create, since`));
  warn.mockRestore();
  lock!.release();
});

it('is released when the holding process exits without releasing it', async () => {
  const dataDir = freshDir();
  const holder = startHolder(dataDir, 'server');
  expect(await holder.result).toEqual({ held: true });
  holder.child.stdin!.end(); // the holder calls process.exit(0) and leaves the rest to its 'exit' handler
  await holder.exited;
  expect(existsSync(path.join(dataDir, lockFileName))).toBe(false);
});

it('tells a reused pid from the process that took the lock (Linux start times)', async () => {
  const dataDir = freshDir();
  const other = spawn('sleep', ['30']);
  try {
    const stat = readFileSync(`/proc/${other.pid}/stat`, 'utf8');
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
    writeLock(dataDir, { pid: other.pid!, processStart: start });
    await expect(lockDataDir(dataDir)).rejects.toThrow(`in use by pid ${other.pid} (server`);

    writeLock(dataDir, { pid: other.pid!, processStart: '1' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    (await lockDataDir(dataDir))!.release();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`took over the lock of pid ${other.pid}`));
    warn.mockRestore();
  } finally {
    other.kill();
  }
});

it('refuses a lock from another host, saying how to clear it, and takes over an old unreadable one', async () => {
  const dataDir = freshDir();
  writeLock(dataDir, { pid: 4242, hostname: 'elsewhere' });
  await expect(lockDataDir(dataDir)).rejects.toThrow(
    `pid 4242 (server, since 2026-12-01T10:00:00.000Z) on host elsewhere (if it no longer runs there, delete ${path.join(dataDir, lockFileName)})`,
  );

  const file = path.join(dataDir, lockFileName);
  writeFileSync(file, '{"pid":');
  utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  (await lockDataDir(dataDir))!.release();
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('took over the lock of an unreadable lock file'));
  warn.mockRestore();
});

it('lets exactly one of several starters racing over a stale lock take it', async () => {
  const dataDir = freshDir();
  writeLock(dataDir, {});
  const holders = Array.from({ length: 4 }, (_, i) => startHolder(dataDir, `starter ${i}`));
  const results = await Promise.all(holders.map((holder) => holder.result));
  const winners = holders.filter((_, i) => results[i]!.held);
  expect(winners).toHaveLength(1);
  const winner = winners[0]!;
  for (const result of results.filter((r) => !r.held)) expect(result.message).toContain(`in use by pid ${winner.child.pid} (starter `);
  winner.child.stdin!.end();
  await Promise.all(holders.map((holder) => holder.exited));
  // The stale lock was removed once, by whichever starter got there first.
  expect(
    holders
      .map((holder) => holder.stderr())
      .join('')
      .match(/took over the lock of pid/g),
  ).toHaveLength(1);
}, 30_000);
