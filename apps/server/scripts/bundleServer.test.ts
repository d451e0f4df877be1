// What the production build leaves to Node's loader at start-up. Every library loaded from
// node_modules costs its own resolution and file reads (~300 ms for the ~400 files the
// server used to load this way, docs/performance.md), and graphql must be one copy.
import { mkdtemp, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleServer, loadedFromNodeModules } from './bundleServer';

let outdir: string;
let metafile: Metafile;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'newsroom-bundle-'));
  metafile = await bundleServer(outdir);
});
afterAll(() => rm(outdir, { recursive: true, force: true }));

const outputs = () => Object.entries(metafile.outputs).filter(([path]) => path.endsWith('.js'));
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!);

describe('the server bundle', () => {
  it('imports from node_modules only what must load from there', () => {
    const external = outputs().flatMap(([, output]) =>
      output.imports.filter((entry) => entry.external && !isBuiltin(entry.path)).map((entry) => entry.path),
    );
    expect(external.length).toBeGreaterThan(0);
    for (const specifier of external) expect(specifier).toMatch(loadedFromNodeModules);
  });

  it('holds one copy of graphql, the CommonJS build Node itself would load', () => {
    const inputs = Object.keys(metafile.inputs);
    const graphqlCopies = new Set(inputs.map((path) => /^(.*\/node_modules\/graphql)\//.exec(path)?.[1]).filter(Boolean));
    const mjsFiles = inputs.filter((path) => /\/node_modules\/graphql\/.+\.mjs$/.test(path));
    expect(graphqlCopies.size).toBe(1);
    expect(mjsFiles).toEqual([]);
  });

  it("hashes Apollo's queries with node:crypto, not a JavaScript SHA-256", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((path) => path.includes('/node_modules/@apollo/server/'))).toBe(true);
    expect(inputs.filter((path) => /\/node_modules\/(sha\.js|@apollo\/utils\.createhash)\//.test(path))).toEqual([]);
  });

  it('keeps Apollo out of what the entry loads before it runs, so the database starts opening first', () => {
    const byPath = new Map(outputs().map(([path, output]) => [path.replace(/^.*\//, ''), output]));
    const [, entry] = outputs().find(([, output]) => output.entryPoint === 'src/main.ts')!;
    // The entry and every chunk it imports statically (a dynamic import loads later).
    const loaded = new Set([entry]);
    for (const output of loaded) {
      for (const imported of output.imports) {
        const chunk =
          !imported.external && imported.kind === 'import-statement' ? byPath.get(imported.path.replace(/^.*\//, '')) : undefined;
        if (chunk) loaded.add(chunk);
      }
    }
    const inputs = [...loaded].flatMap((output) => Object.keys(output.inputs));
    expect(inputs.some((path) => path.includes('/packages/db/src/openDatabase.ts'))).toBe(true);
    expect(inputs.filter((path) => path.includes('/node_modules/@apollo/server/'))).toEqual([]);
  });

  it('keeps graphql-jit out of the chunks loaded at start-up, for the first operation to load', () => {
    const [, apollo] = outputs().find(([, output]) =>
      Object.keys(output.inputs).some((path) => path.includes('/node_modules/@apollo/server/')),
    )!;
    expect(Object.keys(apollo.inputs).filter((path) => path.includes('/node_modules/graphql-jit/'))).toEqual([]);
    const jitChunk = outputs().find(([, output]) => Object.keys(output.inputs).some((path) => path.includes('/node_modules/graphql-jit/')));
    expect(jitChunk).toBeDefined();
  });
});
