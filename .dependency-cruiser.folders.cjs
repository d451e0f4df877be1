// No cycle between folders that are meant to depend on each other one way, checked by
// dependency-cruiser's folder scope (ADR 023; run by `pnpm lint` after .dependency-cruiser.cjs,
// whose resolution options it shares). Folder scope sees every import between the folders'
// files, types included, and cannot leave some out, so this run reads only what the rules
// are about:
// - the server's modules without graphql/, which assembles them (schema.ts imports every
//   module's resolvers, the modules import the request context's type back) and is held to
//   one direction by the rule modules-use-graphql-types-only;
// - the web app's src/ folders;
// and no tests or test helpers: a test may use what composes the code it tests (the comment
// cache's test builds the app's Apollo cache, which holds the comment lists' policy).
const { options } = require('./.dependency-cruiser.cjs');

module.exports = {
  forbidden: [
    {
      name: 'no-cycle-between-modules',
      severity: 'error',
      scope: 'folder',
      comment:
        'Modules depend on each other one way (articles may use sections, tags, authors; none of them uses articles). A cycle means two features can no longer be read, tested or changed apart; a helper both need belongs in platform/.',
      from: { path: '^apps/server/src/modules/[^/]+$' },
      to: { path: '^apps/server/src/modules/[^/]+$', circular: true },
    },
    {
      name: 'no-cycle-between-web-folders',
      severity: 'error',
      scope: 'folder',
      comment:
        "The folders of apps/web/src depend on each other one way: app/ composes the features and holds both entries (main.tsx for the browser, renderPage.tsx for the server); pages use the features below them (articles/ shows an article with its tags; tags/, sections/, authors/ and home/ list articles); everything may use i18n/, ssr/ (hydration, the server's page status, the site origin), layout/ and gql/. Nothing imports what composes it.",
      from: { path: '^apps/web/src/[^/]+' },
      to: { path: '^apps/web/src/[^/]+', circular: true },
    },
  ],
  options: {
    ...options,
    includeOnly: ['^apps/server/src/modules/', '^apps/web/src/'],
    exclude: { path: [options.exclude.path, '\\.test\\.tsx?$', '^apps/web/src/testing/', '^apps/server/src/testing/'] },
  },
};
