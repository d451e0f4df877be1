// The production build of the server (scripts/bundle.ts runs it): src/main.ts, the
// workspace packages it uses (TypeScript sources) and the libraries they import, as ES
// modules that `pnpm start` runs with plain Node (ADR 008). Running the sources through tsx cost 1.3 s of
// every start-up here (each module resolved through tsx's loader thread); resolving and
// loading some 400 library files from node_modules cost another ~300 ms (docs/performance.md).
import { rm, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

/**
 * Left to Node's own loader:
 * - PGlite finds its WebAssembly and its file-system image next to its own modules;
 * - pg and ws `require` optional native add-ons inside try/catch, which must stay a
 *   run-time miss rather than a build error;
 * - sharp loads libvips, a native add-on, from its platform package (@img/sharp-<platform>);
 * - heic-decode brings libheif-js, 2 MB of Emscripten output with its WebAssembly inlined,
 *   loaded only when a HEIC photo arrives (a dynamic import): bundled, it would be parsed
 *   with the rest at every start. Kept apart, libheif (LGPL) also stays a replaceable module.
 */
export const loadedFromNodeModules = /^(@electric-sql\/pglite|pg-native|bufferutil|utf-8-validate|sharp|heic-decode)(\/|$)/;

const externalPackages: Plugin = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: loadedFromNodeModules }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * Apollo hashes every query with `@apollo/utils.createhash`, which uses node:crypto only if
 * `module.require` exists. Inside a bundle it does not, and the pure-JavaScript SHA-256 it
 * falls back to (sha.js, meant for browsers) cost 4% of the article page's CPU.
 */
const nodeCryptoHash: Plugin = {
  name: 'node-crypto-hash',
  setup(builder) {
    builder.onResolve({ filter: /^@apollo\/utils\.createhash$/ }, (args) => ({ path: args.path, namespace: 'node-crypto-hash' }));
    builder.onLoad({ filter: /.*/, namespace: 'node-crypto-hash' }, () => ({
      contents: "export { createHash } from 'node:crypto';",
      loader: 'js',
    }));
  },
};

/**
 * Each of our modules keeps its own import.meta.url: the code finds files next to its
 * source (the migrations, the repository root, the built web app) as it does under tsx.
 */
const ownModuleUrl: Plugin = {
  name: 'own-module-url',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

const serverRoot = fileURLToPath(new URL('..', import.meta.url));

/** Writes the bundle to `outdir` (emptied first: chunks carry content hashes, and old ones would pile up). */
export async function bundleServer(outdir: string): Promise<Metafile> {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: serverRoot,
    entryPoints: ['src/main.ts'],
    outdir,
    metafile: true,
    bundle: true,
    // What is imported on demand (graphql-jit and its JSON serialiser, with the first
    // operation; Apollo's optional plugins) stays in its own chunk, out of start-up.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS libraries call require() for Node's built-ins; an ES module has no require.
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
    // Less to parse at start-up. Names stay: stack traces and error classes read as written.
    minifyWhitespace: true,
    minifySyntax: true,
    // Stack traces map to the files on disk; embedding their text only makes a bigger map
    // for --enable-source-maps to read at start-up.
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [externalPackages, nodeCryptoHash, ownModuleUrl],
  });
  return result.metafile;
}
