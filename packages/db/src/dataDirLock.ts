// One process at a time per embedded data directory. PGlite is PostgreSQL compiled to
// WebAssembly and run inside this process, without a postmaster to arbitrate: two
// processes on one directory (a server and `pnpm newsroom …`, or two servers) each believe
// they own the files, and their writes corrupt each other's. So whoever opens a directory
// first holds <DATA_DIR>/newsroom.lock, and a second opener is refused with a message that
// names the holder. A lock left by a process that died without cleaning up (SIGKILL, power
// loss) is taken over. PostgreSQL (DATABASE_URL) takes no lock: its server arbitrates.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { databaseLog } from './databaseLog';

export const lockFileName = 'newsroom.lock';

/** What the lock file holds: enough to tell an operator who holds the directory. */
export interface LockHolder {
  pid: number;
  /** What the process is: "server", "cli user:create", or the script's name. */
  command: string;
  /** When it took the lock (ISO 8601). */
  startedAt: string;
  hostname: string;
  /** Linux: the process's start time in clock ticks since boot, to tell a reused pid apart. */
  processStart?: string;
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours; synchronous, so it also runs on 'exit'. */
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const elsewhere =
      holder.hostname === os.hostname()
        ? ''
        : ` on host ${holder.hostname} (if it no longer runs there, delete ${path.join(dataDir, lockFileName)})`;
    super(
      `The data directory ${dataDir} is in use by pid ${holder.pid} (${holder.command}, since ${holder.startedAt})${elsewhere}. ` +
        'An embedded (PGlite) database can be open in one process at a time.',
    );
    this.name = 'DataDirLockedError';
  }
}

let thisProcess = path.basename(process.argv[1] ?? 'node');

/** Names this process in the locks it takes ("server", "cli user:create"). */
export function describeThisProcess(command: string): void {
  thisProcess = command;
}

/** Lock files this process holds, with the text it wrote into each. */
const held = new Map<string, string>();
let releaseOnExit = false;

/**
 * Takes the directory's lock, or throws DataDirLockedError naming the live holder.
 * `memory://` databases live in this process alone and take no lock.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock | undefined> {
  if (dataDir.startsWith('memory://')) return undefined;
  const file = path.resolve(dataDir, lockFileName);
  const mine = `${JSON.stringify(holderForThisProcess())}\n`;
  // Each round takes the lock, refuses, or clears a stale lock (or waits a moment for
  // another opener) and goes round again; two rounds are the rule, a crowd of starters
  // racing over one stale lock needs a few more.
  for (let round = 0; round < 100; round += 1) {
    if (createExclusive(file, mine)) {
      // Read back: if two starters ever both believed they removed the stale lock, only the
      // one whose text is in the file goes on; the other sees a live holder next round.
      if (readIfPresent(file) === mine) return hold(file, mine);
      continue;
    }
    const text = readIfPresent(file);
    if (text === undefined) continue; // released between our attempt and our read
    const holder = parseHolder(text);
    if (!holder && ageMs(file) < 2_000) {
      await sleep(50); // just created by another opener, its JSON not yet written
      continue;
    }
    if (holder && isRunning(holder, file)) throw new DataDirLockedError(dataDir, holder);
    const removal = removeStale(file, text);
    if (removal === 'removed') {
      databaseLog.warn(
        `${dataDir}: took over the lock of ${holder ? `pid ${holder.pid} (${holder.command}, since ${holder.startedAt})` : 'an unreadable lock file'}, which no longer runs`,
      );
    } else if (removal === 'busy') {
      await sleep(20 + Math.random() * 80); // another starter is clearing it right now
    }
  }
  throw new Error(`Could not take the lock ${file}: other processes keep taking it. Try again.`);
}

function holderForThisProcess(): LockHolder {
  const start = processStartOf(process.pid);
  return {
    pid: process.pid,
    command: thisProcess,
    startedAt: new Date().toISOString(),
    hostname: os.hostname(),
    ...(start ? { processStart: start } : {}),
  };
}

function hold(file: string, text: string): DataDirLock {
  held.set(file, text);
  if (!releaseOnExit) {
    releaseOnExit = true;
    process.on('exit', () => {
      for (const lockFile of [...held.keys()]) {
        try {
          releaseFile(lockFile);
        } catch {
          // Exiting anyway: the next opener finds the lock stale and takes it over.
        }
      }
    });
  }
  return { file, release: () => releaseFile(file) };
}

function releaseFile(file: string): void {
  const text = held.get(file);
  if (text === undefined) return;
  held.delete(file);
  // Only our own lock: never a successor's, should ours ever have been taken over.
  if (readIfPresent(file) === text) unlinkQuietly(file);
}

/** Is the process that wrote the lock still running? Unsure (another host) counts as yes. */
function isRunning(holder: LockHolder, file: string): boolean {
  if (holder.hostname !== os.hostname()) return true;
  // Our own pid: held here if we opened it, else a previous life of this pid (a container's
  // server is pid 1 after every restart).
  if (holder.pid === process.pid) return held.has(file);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: it runs, as another user.
  }
  const stat = procStat(holder.pid);
  if (!stat) return true;
  if (stat.state === 'Z') return false; // exited, not yet reaped by its parent
  // The pid was reused by a process that started after the lock was taken.
  return holder.processStart === undefined || holder.processStart === stat.start;
}

/**
 * Removes a stale lock whose text we read, unless someone replaced it meanwhile. A second
 * file serialises the removals: without it, two starters could both read the stale text,
 * and the later one would delete the lock the earlier one had just created.
 */
function removeStale(file: string, staleText: string): 'removed' | 'changed' | 'busy' {
  const guard = `${file}.takeover`;
  if (!createExclusive(guard, String(process.pid))) {
    // Held for microseconds; one older than that belongs to a process that died inside it.
    if (ageMs(guard) > 2_000) unlinkQuietly(guard);
    return 'busy';
  }
  try {
    if (readIfPresent(file) !== staleText) return 'changed';
    unlinkQuietly(file);
    return 'removed';
  } finally {
    unlinkQuietly(guard);
  }
}

function createExclusive(file: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    // A pid of 0 or below would make kill(pid, 0) ask about whole process groups.
    return Number.isInteger(value.pid) && value.pid! > 0 && typeof value.hostname === 'string'
      ? { command: 'unknown', startedAt: 'unknown', ...value, pid: value.pid!, hostname: value.hostname }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Linux's /proc/<pid>/stat: the state letter and the start time; undefined elsewhere. */
function procStat(pid: number): { state: string; start: string } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields count from the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, start: fields[19]! };
  } catch {
    return undefined;
  }
}

function processStartOf(pid: number): string | undefined {
  return procStat(pid)?.start;
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
