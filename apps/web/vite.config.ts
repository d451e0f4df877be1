import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import babel from '@rolldown/plugin-babel';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { onBuildWarning } from './buildWarnings.ts';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));
// Where `vite` (dev) and `vite preview` send /graphql; the server's default port.
const api = process.env.NEWSROOM_API_URL ?? 'http://localhost:4000';

// Two HTML entries: the reader-facing SPA and the GraphiQL playground, which the server
// serves at GET /graphql. They share no chunks that matter: GraphiQL and Monaco are only
// reachable from playground.html, so the article page never downloads them.
//
// `vite build --ssr src/app/renderPage.tsx` (the second half of `pnpm build`) makes dist-ssr/renderPage.js, the
// server's renderer of reader pages: one self-contained module (every library bundled in),
// so the server loads it without resolving React or Apollo Client itself.
export default defineConfig(({ isSsrBuild }) => ({
  ...(isSsrBuild ? ssrBuild : browserBuild),
  server: {
    proxy: { '/graphql': { target: api, ws: true } },
  },
  preview: {
    proxy: { '/graphql': { target: api, ws: true } },
  },
}));

// Codegen's `graphql()` looks documents up in one map of every document, so whichever chunk
// calls it carries them all. Its Babel plugin rewrites each call into an import of that one
// document from the generated module next to it (src/gql/ for reader pages, src/desk/gql/
// for the desk), so the desk's documents stay in the desk's chunk (docs/adr/011). Builds
// only: the dev server and Vitest call `graphql()` itself, which returns the same objects.
const documentsFrom = (include: RegExp, artifactDirectory: string) =>
  babel({ include, plugins: [[babelOptimizerPlugin, { artifactDirectory: page(artifactDirectory), gqlTagName: 'graphql' }]] });
const documentsPerChunk = [
  documentsFrom(/[\\/]src[\\/](?!desk[\\/]|gql[\\/]).*\.tsx?$/, 'src/gql'),
  documentsFrom(/[\\/]src[\\/]desk[\\/](?!gql[\\/]).*\.tsx?$/, 'src/desk/gql'),
];

// The operations the app may send by hash (docs/adr/038): both codegen outputs' manifests,
// merged into dist/.vite/persisted-documents.json, which the server reads at start (a
// dot-directory, so the static file handler does not serve it, like Vite's manifest).
const persistedDocuments: Plugin = {
  name: 'newsroom-persisted-documents',
  generateBundle() {
    const read = (directory: string) => JSON.parse(readFileSync(page(`${directory}/persisted-documents.json`), 'utf8')) as object;
    const documents = { ...read('src/gql'), ...read('src/desk/gql') };
    this.emitFile({ type: 'asset', fileName: '.vite/persisted-documents.json', source: JSON.stringify(documents, null, 2) });
  },
};

// Shared by both builds. A clean build prints no warnings, so a new one stands out:
// - library modules' "use no memo" directives are dropped in silence (buildWarnings.ts);
// - Rolldown's report of the time spent in plugins is off: it is about the build's own
//   speed (the Babel pass that splits documents per chunk, the compression of every asset),
//   not about its output, and it came at every build.
const quietBuild = {
  rolldownOptions: {
    onwarn: onBuildWarning,
    checks: { bundlerTimings: false },
  },
};

const ssrBuild = {
  plugins: [...documentsPerChunk, react()],
  ssr: { noExternal: true },
  build: {
    outDir: 'dist-ssr',
    emptyOutDir: true,
    copyPublicDir: false,
    rolldownOptions: quietBuild.rolldownOptions,
  },
} satisfies UserConfig;

const browserBuild = {
  plugins: [
    ...documentsPerChunk,
    react(),
    persistedDocuments,
    // Precompressed copies (.br, .gz) next to each asset, which the server's static file
    // handler (sirv) sends to browsers that accept them: the article route's scripts cross
    // the network at about a quarter of their size, at no CPU cost per request (ADR 007).
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|css|html|svg|json|map)$/,
      threshold: 1024,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the server links a server-rendered page's chunk and CSS.
    manifest: true,
    // Only the playground's chunks pass Vite's default 500 kB: monaco-editor (2.8 MB, one
    // library that imports itself whole) and GraphiQL (860 kB). They load at GET /graphql in
    // a developer's browser, never on a reader page, and splitting them would only add
    // requests to that one page. The limit sits just above Monaco: the warning still fires
    // should a chunk outgrow it, and the reader pages' chunks (the largest is React's,
    // ~220 kB) are read from the size table this build prints.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      ...quietBuild.rolldownOptions,
      input: {
        main: page('index.html'),
        playground: page('playground.html'),
      },
      output: {
        // Named, separately cached vendor chunks: an app release leaves them untouched.
        // Only libraries the reader pages use are grouped, so the playground's share of
        // graphql-js stays out of the article page's download.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo[\\/]client|rxjs|@wry[\\/][^\\/]+|optimism)[\\/]/ },
          ],
        },
      },
    },
  },
  // Monaco's workers split their own code into chunks; only ES module workers can.
  worker: { format: 'es' },
  // The dev server's pre-bundler cannot follow the `?worker` imports in GraphiQL's worker
  // set-up and would stop the dev server; serving those two modules unbundled lets Vite's
  // own worker handling take them. Builds are unaffected.
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
} satisfies UserConfig;
