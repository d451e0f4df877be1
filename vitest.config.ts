import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

// Node's ESM loader gives the server graphql's CommonJS build (graphql 16 has no "exports"
// map); Vite would pick its .mjs build for our code while @graphql-tools still requires the
// CommonJS one — two copies, and graphql refuses types "from another realm". Resolve
// graphql the way Node does.
const graphqlEntry = createRequire(new URL('./apps/server/package.json', import.meta.url)).resolve('graphql');
const resolveGraphql = { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] };

// One run for the whole tree. Integration tests (server and db) open a database per test
// file from a migrated template built once by globalSetup: PGlite by default, PostgreSQL
// when DATABASE_URL is set.
export default defineConfig({
  test: {
    // Each integration file opens its own database; two at a time suits a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        resolve: resolveGraphql,
        test: {
          name: 'integration',
          include: ['apps/server/src/**/*.test.ts', 'apps/server/scripts/**/*.test.ts', 'packages/db/src/**/*.test.ts'],
          // The fault tests start their own PostgreSQL; CI runs this project twice (PGlite,
          // then DATABASE_URL), and they need to run once.
          // `*.postgres.test.ts` files test what only a PostgreSQL server has (connections to
          // lose, a LISTEN connection to resume): they join the run when DATABASE_URL names
          // one, as CI's second pass does, instead of being reported as skipped on PGlite.
          exclude: [
            ...configDefaults.exclude,
            'apps/server/src/faults/**',
            'apps/server/src/dependencyRules.test.ts',
            'apps/server/src/moduleFileRoles.test.ts',
            ...(process.env.DATABASE_URL ? [] : ['**/*.postgres.test.ts']),
          ],
          globalSetup: ['packages/db/src/testing/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Checks of the source tree itself, which need neither a database nor a DOM: the
        // dependency plan's rules (dependency-cruiser, run by `pnpm lint`) fire, and the tree
        // keeps them; every server module file is named by the role those rules key on.
        test: { name: 'unit', include: ['apps/server/src/dependencyRules.test.ts', 'apps/server/src/moduleFileRoles.test.ts'] },
      },
      {
        // Restarts and stops a private PostgreSQL cluster under two server processes
        // (apps/server/src/faults). Runs after the other projects, alone: it times recoveries
        // to within a second, which two cores shared with other test files would blur.
        resolve: resolveGraphql,
        test: {
          name: 'faults',
          include: ['apps/server/src/faults/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: { name: 'web', root: 'apps/web', include: ['src/**/*.test.ts', '*.test.ts'] },
      },
      {
        // Components rendered with Testing Library in a simulated DOM: `*.component.test.tsx`
        // beside the component. A project of their own so only these files pay for a DOM;
        // the pure-logic tests above stay in Node. happy-dom rather than jsdom: it runs on
        // Node 20 (jsdom 30+ wants 22) and implements what the components use that jsdom
        // lacks, a modal <dialog> (showModal, closing on Escape).
        test: {
          name: 'web-components',
          root: 'apps/web',
          include: ['src/**/*.component.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/testing/componentSetup.ts'],
          testTimeout: 15_000,
        },
      },
      {
        test: { name: 'bench', root: 'bench', include: ['src/**/*.test.ts'] },
      },
      {
        test: { name: 'rules', root: 'packages/rules', include: ['src/**/*.test.ts'] },
      },
    ],
  },
});
