// The dependency plan of ARCHITECTURE.md, checked by dependency-cruiser (ADR 023). `pnpm lint`
// runs `depcruise apps packages` with this file (which file may import which), then with
// .dependency-cruiser.folders.cjs (no cycle between server modules, nor between the web
// app's folders); apps/server/src/dependencyRules.test.ts proves every rule fires.
//
// Every TypeScript file under apps/ and packages/ is read, tests included; tests and the
// helpers only tests use are named in the rules that let them do more than the code they
// test. Type-only imports (`import type`, or every name marked `type`) are read too and reach
// the rules as the dependency type "type-only". Rules about what runs let them through with
// `dependencyTypesNot`, as the hand-written walker this replaces did: SQL builders, values
// flowing up between layers, file cycles (a row type or the request context's type carries no
// code and fixes no load order). Rules about what a file may know count them: resolvers and
// queries, packages and apps, the server and the web app.

const server = '^apps/server/src/';
const modules = `${server}modules/[^/]+/`;
// Test files, and the helpers only tests import: they drive the code through any door, so
// the layering rules are about the code they test.
const testFiles = '\\.test\\.tsx?$';
const tests = [testFiles, `${server}testing/`, `${server}faults/`, '^apps/web/src/testing/', '^packages/db/src/testing/'];
// drizzle-orm's operators and the db schema's tables are what SQL is built from.
const sqlBuilders = ['(^|/)node_modules/drizzle-orm/', '^packages/db/src/schema\\.ts$'];
// The one file of the web app the server may reach: the SSR entry, built by
// `vite build --ssr` and loaded from apps/web/dist-ssr by http/pageRenderer.ts.
const ssrEntry = '^apps/web/src/app/renderPage\\.tsx$';

module.exports = {
  forbidden: [
    {
      name: 'resolvers-not-to-queries',
      severity: 'error',
      comment:
        'A resolver takes arguments in and hands them to a service or a loader; reaching *Queries.ts directly skips the rules (validation, authorisation, transactions) the service keeps. Type imports count too: a resolver that needs a row type gets it from the service or loader it calls.',
      from: { path: `${modules}[^/]*Resolvers\\.ts$` },
      to: { path: 'Queries\\.ts$' },
    },
    {
      name: 'services-not-to-resolvers-or-schema',
      severity: 'error',
      comment:
        'Dependencies point one way, resolver → service: a service that imports a resolver or the SDL would tie the rules to one transport. Types of the request context and the generated resolver types are allowed (type-only): they carry no code.',
      from: { path: `${modules}[^/]*Service\\.ts$` },
      to: {
        path: ['Resolvers\\.ts$', '\\.graphql\\.ts$', `${server}graphql/(schema|typeDefs)\\.ts$`],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'queries-not-to-upper-layers',
      severity: 'error',
      comment:
        'Queries are the bottom of a module: SQL through drizzle, the database (or a transaction) passed in. Importing a service, a resolver, a loader or GraphQL would make the bottom depend on the top. Row types from elsewhere are allowed (type-only).',
      from: { path: `${modules}[^/]*Queries\\.ts$` },
      to: {
        path: ['Service\\.ts$', 'Resolvers\\.ts$', 'Loaders\\.ts$', '\\.graphql\\.ts$', `${server}graphql/`, '(^|/)node_modules/graphql/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'sql-only-in-queries',
      severity: 'error',
      comment:
        "SQL is built only in *Queries.ts (and in packages/db, which owns the schema, migrations and seed): no other file imports drizzle-orm or the schema's tables as values. Row types are fine anywhere (type-only). platform/databasePing.ts is the one exception: the health check's `select 1` is plumbing, not a feature. Test files set up their data with SQL; the test helpers do not need to and are held to the rule.",
      from: {
        path: '^apps/',
        pathNot: ['Queries\\.ts$', `${server}platform/databasePing\\.ts$`, testFiles],
      },
      to: { path: sqlBuilders, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'modules-use-graphql-types-only',
      severity: 'error',
      comment:
        'graphql/ assembles the modules (schema.ts imports their resolvers, loaders.ts their loaders); modules only use its types (the request context, the generated resolver types). A module that imported a value from graphql/ would close a loop through the assembly.',
      from: { path: modules, pathNot: tests },
      to: { path: `${server}graphql/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'graphql-not-to-queries',
      severity: 'error',
      comment:
        "Each module builds its own per-request loaders (<module>Loaders.ts); graphql/loaders.ts only assembles them and never reaches a module's queries itself. The generated resolver types may name query row types (type-only).",
      from: { path: `${server}graphql/` },
      to: { path: `${modules}[^/]*Queries\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'packages-not-to-apps',
      severity: 'error',
      comment:
        'Apps build on packages, never the other way: a package that imported an app would drag the app into everything that uses the package. Type-only imports count too.',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'server-to-web-only-through-ssr-entry',
      severity: 'error',
      comment:
        "The server renders reader pages with the web app's SSR entry (built to apps/web/dist-ssr/renderPage.js and loaded at run time by http/pageRenderer.ts); nothing else of the web app is the server's business. Its tests are below.",
      from: { path: '^apps/server/', pathNot: tests },
      to: { path: '^apps/web/', pathNot: ssrEntry },
    },
    {
      name: 'server-tests-to-web-documents-only',
      severity: 'error',
      comment:
        "Server tests and their helpers may run the operations the web app sends, from its generated typed documents (apps/web/src/gql, apps/web/src/desk/gql), so the API is tested with what the pages really ask; components and other web code stay out of the server's tests.",
      from: { path: '^apps/server/(.*\\.test\\.ts$|src/(testing|faults)/)' },
      to: { path: '^apps/web/', pathNot: [ssrEntry, '^apps/web/src/(desk/)?gql/'] },
    },
    {
      name: 'web-not-to-server',
      severity: 'error',
      comment:
        'The web app talks to the server over GraphQL (packages/schema/schema.graphql) and /media, never by importing its code: the browser bundle must not pull in server modules.',
      from: { path: '^apps/web/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No file depends on itself through others: a cycle makes load order matter (a value read before its module has run) and the files cannot be understood apart. Cycles closed only by type imports are left alone: they vanish from the JavaScript (the generated resolver types and the types they map to, a handler and the context it builds).',
      from: { path: '^(apps|packages)/' },
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // Libraries are seen (drizzle-orm, graphql are named in rules) but not read. `exclude`
    // would drop the imports of them too, so it names only the build outputs.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|dist-ssr)/' },
    // Read type-only imports and mark them "type-only" instead of dropping them as the
    // JavaScript they compile to would.
    tsPreCompilationDeps: true,
    // Workspace packages resolve through their "exports" maps (`./*` → `./src/*.ts`), and
    // imports are written without extensions.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
