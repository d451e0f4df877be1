// Builds only what changed: each build's inputs are hashed, and the build is skipped when the
// hash matches the stamp its last successful run left in its output directory (ADR 031).
// Plain JavaScript, so `pnpm start` runs it with Node alone: no tsx loader in front of the
// server it then starts (ADR 008).
import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

// What every build reads besides its own folder: the workspace's packages, the dependency
// versions (the lock file) and the shared compiler settings.
const sharedInputs = ['packages', 'package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'tsconfig.base.json', '.npmrc'];

/** The two builds `pnpm start` needs, with what each reads and what it leaves. */
export const builds = [
  {
    name: 'web app',
    inputs: ['apps/web', ...sharedInputs],
    // Vite puts VITE_* variables into the bundle (import.meta.env), so they are inputs too.
    envPrefix: 'VITE_',
    outputs: ['apps/web/dist/.vite/manifest.json', 'apps/web/dist-ssr/renderPage.js'],
    stamp: 'apps/web/dist/.build-stamp',
    command: 'pnpm --filter @newsroom/web build',
  },
  {
    name: 'server bundle',
    inputs: ['apps/server', ...sharedInputs],
    outputs: ['apps/server/dist/main.js'],
    stamp: 'apps/server/dist/.build-stamp',
    command: 'pnpm --filter @newsroom/server bundle',
  },
];

// Test files are never part of a build (neither Vite nor esbuild reaches them from an entry
// point), and editing one should not cost a minute's rebuild at the next start.
const notBuilt = /\.(test|spec)\.[cm]?[jt]sx?$/;

/**
 * The hash of a build's inputs: every file git tracks or would track (untracked but not
 * ignored, so a new file counts before it is added) under `inputs`, by path and content.
 * Content, not modification times: a checkout, a `git stash` round trip or a copy changes
 * times without changing what is built, and an edit within the same second as the last
 * build keeps them. Null when git cannot list the files (no repository): then always build.
 */
export async function hashInputs(root, inputs, { envPrefix, env = process.env, command = '' } = {}) {
  let listing;
  try {
    ({ stdout: listing } = await execFileAsync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...inputs], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch {
    return null;
  }
  const files = [...new Set(listing.split('\0').filter((file) => file && !notBuilt.test(file)))].sort();
  const hash = createHash('sha256');
  hash.update(`command\0${command}\0`);
  if (envPrefix) {
    for (const name of Object.keys(env).sort()) if (name.startsWith(envPrefix)) hash.update(`env\0${name}\0${env[name]}\0`);
  }
  for (const file of files) {
    hash.update(`file\0${file}\0`);
    try {
      hash.update(await readFile(path.join(root, file)));
    } catch (error) {
      // Tracked but deleted in the work tree: its absence is part of the state.
      if (error?.code !== 'ENOENT' && error?.code !== 'EISDIR') throw error;
      hash.update('\0(missing)\0');
    }
  }
  return hash.digest('hex');
}

async function exists(file) {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function run(command, cwd, stdio) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, shell: true, stdio });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (${signal ? `ended by ${signal}` : `exit code ${code}`})`)),
    );
  });
}

/**
 * Runs `build.command` unless its stamp holds the current hash of its inputs and its outputs
 * are all there. The stamp is removed before building and written only after the build
 * succeeded, so a failed or interrupted build is retried next time. Resolves with 'fresh'
 * (skipped) or 'built'.
 */
export async function ensureBuilt(build, { root = repoRoot, force = false, env = process.env, stdio = 'inherit' } = {}) {
  const stamp = path.join(root, build.stamp);
  const hash = await hashInputs(root, build.inputs, { envPrefix: build.envPrefix, env, command: build.command });
  if (!force && hash !== null) {
    const previous = await readFile(stamp, 'utf8').catch(() => null);
    const outputsThere = (await Promise.all(build.outputs.map((output) => exists(path.join(root, output))))).every(Boolean);
    if (previous === hash && outputsThere) return 'fresh';
  }
  await rm(stamp, { force: true });
  await run(build.command, root, stdio);
  // The hash taken before the build: a file edited while it ran makes the next start build again.
  if (hash !== null) await writeFile(stamp, hash);
  return 'built';
}

/** Every build in `builds`, one after the other; says which were up to date. */
export async function ensureAllBuilt({ force = false } = {}) {
  for (const build of builds) {
    const startedAt = performance.now();
    const result = await ensureBuilt(build, { force });
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    console.log(
      result === 'fresh' ? `[build] ${build.name}: up to date (${seconds} s to check)` : `[build] ${build.name}: built in ${seconds} s`,
    );
  }
}
