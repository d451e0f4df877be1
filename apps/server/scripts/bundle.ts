// `pnpm --filter @newsroom/server bundle`: src/main.ts and the workspace packages it uses
// (TypeScript sources) as one ES module, dist/main.js, which `pnpm start` runs with plain
// Node. Running the sources through tsx cost 1.3 s of every start-up here (each module
// resolved through tsx's loader thread; docs/performance.md). Libraries from node_modules
// stay outside the bundle and load as usual, so the server's dependencies must list them.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/** Bundle our own code; leave every package from the registry (and node:*) external. */
const externalLibraries: Plugin = {
  name: 'external-libraries',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@newsroom/') ? undefined : { path: args.path, external: true }));
  },
};

/**
 * Each module keeps its own import.meta.url: the code finds files next to its source
 * (the migrations, the repository root, the built web app) as it does under tsx.
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

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [externalLibraries, ownModuleUrl],
});
