// `pnpm start` skips a build only when nothing it reads changed (ADR 031): checked on a
// throwaway git repository with a build that counts its runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ensureBuilt, type Build } from './buildFreshness.mjs';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const runs = () => (existsSync(path.join(root, 'runs.txt')) ? readFileSync(path.join(root, 'runs.txt'), 'utf8').length : 0);

// Counts its runs outside its output (which it empties, as Vite and esbuild do), and fails
// while app/FAIL exists.
const build: Build = {
  name: 'test app',
  inputs: ['app', 'package.json'],
  envPrefix: 'VITE_',
  outputs: ['out/app.js'],
  stamp: 'out/.build-stamp',
  command: 'printf x >> runs.txt && rm -rf out && mkdir out && test ! -e app/FAIL && cat app/*.js > out/app.js',
};
const ensure = (env: NodeJS.ProcessEnv = {}) => ensureBuilt(build, { root, env, stdio: 'ignore' });

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'newsroom-freshness-'));
  execFileSync('git', ['init', '-q'], { cwd: root });
  write('.gitignore', 'out\nruns.txt\napp/*.log\n');
  write('package.json', '{}');
  write('app/main.js', 'console.log(1);');
  write('app/main.test.js', 'test');
  execFileSync('git', ['add', '.'], { cwd: root });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('builds the first time, then skips while nothing it reads changed', async () => {
  expect(await ensure()).toBe('built');
  expect(await ensure()).toBe('fresh');
  expect(runs()).toBe(1);
  // Ignored files and test files are not inputs.
  write('app/debug.log', 'noise');
  write('app/main.test.js', 'another test');
  expect(await ensure()).toBe('fresh');
  expect(runs()).toBe(1);
});

it('builds again when a file changes, even back to an earlier content', async () => {
  await ensure();
  write('app/main.js', 'console.log(2);');
  expect(await ensure()).toBe('built');
  write('app/main.js', 'console.log(1);');
  expect(await ensure()).toBe('built');
  expect(await ensure()).toBe('fresh');
  expect(runs()).toBe(3);
});

it('builds again for a new file git does not track yet, and for a deleted one', async () => {
  await ensure();
  write('app/extra.js', 'console.log(3);');
  expect(await ensure()).toBe('built');
  // A tracked file deleted from the work tree, then an untracked one.
  rmSync(path.join(root, 'app/main.js'));
  expect(await ensure()).toBe('built');
  write('app/main.js', 'console.log(1);');
  rmSync(path.join(root, 'app/extra.js'));
  expect(await ensure()).toBe('built');
  expect(runs()).toBe(4);
});

it('builds again when a root input, an output or a VITE_ variable changes', async () => {
  await ensure();
  write('package.json', '{"dependencies":{}}');
  expect(await ensure()).toBe('built');
  rmSync(path.join(root, 'out/app.js'));
  expect(await ensure()).toBe('built');
  expect(await ensure({ VITE_FLAG: '1' })).toBe('built');
  expect(await ensure({ VITE_FLAG: '1', OTHER: 'x' })).toBe('fresh');
});

it('leaves no stamp after a failed build, so the next start tries again', async () => {
  await ensure();
  write('app/FAIL', '');
  await expect(ensure()).rejects.toThrow(/failed \(exit code 1\)/);
  expect(existsSync(path.join(root, build.stamp))).toBe(false);
  await expect(ensure()).rejects.toThrow();
  rmSync(path.join(root, 'app/FAIL'));
  expect(await ensure()).toBe('built');
  expect(await ensure()).toBe('fresh');
});

it('always builds outside a git repository, where it cannot list the inputs', async () => {
  rmSync(path.join(root, '.git'), { recursive: true, force: true });
  expect(await ensure()).toBe('built');
  expect(await ensure()).toBe('built');
});
