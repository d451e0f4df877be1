// A private PostgreSQL cluster for fault tests: Debian's initdb/pg_ctl in a temporary
// directory on a free port, so a test may stop, crash and restart PostgreSQL without
// touching any server another test (or a developer) uses.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type ShutdownMode = 'fast' | 'immediate';

export interface PostgresCluster {
  readonly port: number;
  /** A URL for one database of the cluster, over TCP as the superuser `postgres`. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** `pg_ctl restart -w`: resolves once PostgreSQL accepts connections again. */
  restart(mode: ShutdownMode): Promise<void>;
  stop(mode?: ShutdownMode): Promise<void>;
  /** `pg_ctl start -w`: resolves once PostgreSQL accepts connections. */
  start(): Promise<void>;
  /** The server's own log, for a failure message. */
  log(): Promise<string>;
  /** Stops the cluster if it runs and deletes its directory. */
  remove(): Promise<void>;
}

/** Where initdb and pg_ctl live: `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
export async function findPostgresBinaries(): Promise<string> {
  const candidates: string[] = [];
  try {
    candidates.push((await run('pg_config', ['--bindir'])).stdout.trim());
  } catch {
    // no pg_config on PATH: look where Debian's postgresql-N packages put the binaries
  }
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debianRoot, version, 'bin')));
  }
  // pg_config may come from libpq-dev alone and name a bindir without the server in it.
  const found = candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (!found) {
    throw new Error(
      `The fault tests need PostgreSQL's server binaries (initdb, pg_ctl) and found none in ${candidates.join(', ') || 'pg_config --bindir or /usr/lib/postgresql/*/bin'}. ` +
        'Install them (Debian: apt-get install postgresql).',
    );
  }
  return found;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bindir = await findPostgresBinaries();
  // PostgreSQL refuses to run as root, so as root every command runs as `postgres`, which
  // must own the directory and be able to reach it: /tmp is open to all, whatever TMPDIR says.
  const asRoot = process.getuid?.() === 0;
  const root = await mkdtemp(path.join(asRoot ? '/tmp' : os.tmpdir(), 'newsroom-pg-'));
  if (asRoot) {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    await chown(root, Number(uid.stdout), Number(gid.stdout));
  }
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  const pgCommand = (program: string, args: string[]) => {
    const file = path.join(bindir, program);
    // runuser, not su or sudo: no password, no PAM session, and it is there on every Debian.
    return asRoot ? run('runuser', ['-u', 'postgres', '--', file, ...args], { cwd: root }) : run(file, args, { cwd: root });
  };

  let running = false;
  try {
    // --no-sync and fsync=off: nothing here must survive a power cut, and syncing costs seconds.
    await pgCommand('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    // The socket goes into our own directory: the system's (/var/run/postgresql) may not exist.
    const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`;
    const pgCtl = (...args: string[]) => pgCommand('pg_ctl', ['-D', dataDir, '-o', options, '-l', logFile, '-w', '-t', '60', ...args]);
    await pgCtl('start');
    running = true;
    const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

    return {
      port,
      url,
      async createDatabase(name) {
        await pgCommand('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
      },
      async restart(mode) {
        await pgCtl('restart', '-m', mode);
      },
      async stop(mode = 'fast') {
        await pgCtl('stop', '-m', mode);
        running = false;
      },
      async start() {
        await pgCtl('start');
        running = true;
      },
      log: () => readFile(logFile, 'utf8').catch(() => ''),
      async remove() {
        if (running) await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
        running = false;
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (running) await pgCommand('pg_ctl', ['-D', dataDir, 'stop', '-m', 'immediate']).catch(() => undefined);
    const log = await readFile(logFile, 'utf8').catch(() => '');
    await rm(root, { recursive: true, force: true });
    throw new Error(`The private PostgreSQL cluster did not start: ${describe(error)}${log ? `\n${log}` : ''}`);
  }
}

/** A port nothing listens on now (the kernel's pick); PostgreSQL takes it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** execFile's error names the command; what the command said is in its stderr. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const stderr = error instanceof Error && 'stderr' in error && typeof error.stderr === 'string' ? error.stderr.trim() : '';
  return stderr && !message.includes(stderr) ? `${message}\n${stderr}` : message;
}
