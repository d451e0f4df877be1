// Proves the dependency plan's rules (.dependency-cruiser.cjs and .dependency-cruiser.folders.cjs
// at the repository root, run by `pnpm lint`) fire: a small tree written to a temporary
// directory breaks each rule once, next to imports the rules allow, and exactly the breaches
// are reported. Then the real tree, which must report none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fileRules = path.join(repoRoot, '.dependency-cruiser.cjs');
const folderRules = path.join(repoRoot, '.dependency-cruiser.folders.cjs');
// What `pnpm lint` gives each configuration to read.
const fileRulesRead = ['apps', 'packages'];
const folderRulesRead = ['apps/server/src/modules', 'apps/web/src'];

async function cruised(configFile: string, read: string[], baseDir: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(configFile);
  return (await cruise(read, { ...options, baseDir })).output as ICruiseResult;
}

/** Each breach as "rule: from → to", sorted, so a failure shows what was (not) reported. */
function breachesIn(result: ICruiseResult): string[] {
  return result.summary.violations.map((breach) => `${breach.rule.name}: ${breach.from} → ${breach.to}`).sort();
}

async function breaches(configFile: string, read: string[], baseDir: string): Promise<string[]> {
  return breachesIn(await cruised(configFile, read, baseDir));
}

// path → source. Comments name the rule each file breaks, or the allowance it uses.
const fixture: Record<string, string> = {
  // Stand-ins for the libraries the rules name, found the way the real ones are.
  'node_modules/drizzle-orm/package.json': '{ "name": "drizzle-orm", "main": "index.js" }',
  'node_modules/drizzle-orm/index.js': 'export const eq = () => {};',
  'node_modules/graphql/package.json': '{ "name": "graphql", "main": "index.js" }',
  'node_modules/graphql/index.js': 'export const parse = () => {};',
  'packages/db/src/schema.ts': 'export const articles = {};\nexport type Article = { id: string };',

  'apps/server/src/config.ts': 'export type Config = { port: number };',
  'apps/server/src/graphql/context.ts':
    "import type { Loaders } from './loaders';\nexport type Context = { viewer: string; loaders: Loaders };",
  'apps/server/src/graphql/limits.ts': 'export const maxDepth = 12;',
  // graphql-not-to-queries (the module's loaders may; the assembly may not).
  'apps/server/src/graphql/loaders.ts':
    "import { alphaRows } from '../modules/alpha/alphaQueries';\nimport { zetaLoaders } from '../modules/zeta/zetaLoaders';\nexport const loaders = { alphaRows, zetaLoaders };\nexport type Loaders = typeof loaders;",
  // The one exception to sql-only-in-queries; a row type is allowed anywhere.
  'apps/server/src/platform/databasePing.ts':
    "import { eq } from 'drizzle-orm';\nimport type { Article } from '../../../../packages/db/src/schema';\nexport const ping = (row: Article) => eq;",
  // no-circular (reported once per cycle).
  'apps/server/src/platform/ping.ts': "import { pong } from './pong';\nexport const ping = () => pong;",
  'apps/server/src/platform/pong.ts': "import { ping } from './ping';\nexport const pong = () => ping;",
  // A cycle closed by a type import is allowed.
  'apps/server/src/platform/handler.ts':
    "import { contextFor } from './requestContext';\nexport type Deps = { db: string };\nexport const handle = contextFor;",
  'apps/server/src/platform/requestContext.ts': "import type { Deps } from './handler';\nexport const contextFor = (deps: Deps) => deps;",

  // resolvers-not-to-queries, by a type import: types count here.
  'apps/server/src/modules/alpha/alphaResolvers.ts':
    "import type { AlphaRow } from './alphaQueries';\nexport const alphaResolvers = (row: AlphaRow) => row;",
  // services-not-to-resolvers-or-schema; the context's type is allowed.
  'apps/server/src/modules/alpha/alphaService.ts':
    "import { alphaResolvers } from './alphaResolvers';\nimport type { Context } from '../../graphql/context';\nexport const alphaService = (context: Context) => [context, alphaResolvers];",
  'apps/server/src/modules/alpha/alphaQueries.ts':
    "import { eq } from 'drizzle-orm';\nexport type AlphaRow = { id: string };\nexport const alphaRows = eq;",
  // Tests build SQL, and a test may import across modules without making a module cycle.
  'apps/server/src/modules/alpha/alpha.test.ts':
    "import { eq } from 'drizzle-orm';\nimport { zetaService } from '../zeta/zetaService';\nexport const setUp = [eq, zetaService];",

  // queries-not-to-upper-layers (a loader, and the graphql library).
  'apps/server/src/modules/beta/betaQueries.ts':
    "import { betaLoaders } from './betaLoaders';\nimport { parse } from 'graphql';\nexport const betaRows = [betaLoaders, parse];",
  'apps/server/src/modules/beta/betaLoaders.ts': 'export const betaLoaders = {};',
  // sql-only-in-queries, drizzle's operators.
  'apps/server/src/modules/beta/betaService.ts': "import { eq } from 'drizzle-orm';\nexport const betaService = eq;",

  // sql-only-in-queries, the schema's tables.
  'apps/server/src/modules/gamma/gammaResolvers.ts':
    "import { articles } from '../../../../../packages/db/src/schema';\nexport const gammaResolvers = articles;",
  // modules-use-graphql-types-only.
  'apps/server/src/modules/gamma/gammaService.ts':
    "import { maxDepth } from '../../graphql/limits';\nexport const gammaService = maxDepth;",

  // no-cycle-between-modules: delta and epsilon use each other, through different files.
  'apps/server/src/modules/delta/deltaService.ts':
    "import { epsilonService } from '../epsilon/epsilonService';\nexport const deltaService = epsilonService;",
  'apps/server/src/modules/epsilon/epsilonService.ts': 'export const epsilonService = 1;',
  'apps/server/src/modules/epsilon/epsilonResolvers.ts':
    "import { deltaService } from '../delta/deltaService';\nexport const epsilonResolvers = deltaService;",

  // zeta uses eta and alpha; eta reaches zeta only through graphql/ (eta's context type,
  // the loaders' assembly) and alpha only in a test: neither is a module cycle.
  'apps/server/src/modules/zeta/zetaService.ts': "import { etaService } from '../eta/etaService';\nexport const zetaService = etaService;",
  'apps/server/src/modules/zeta/zetaResolvers.ts':
    "import { alphaService } from '../alpha/alphaService';\nexport const zetaResolvers = alphaService;",
  'apps/server/src/modules/zeta/zetaLoaders.ts': 'export const zetaLoaders = {};',
  'apps/server/src/modules/eta/etaService.ts':
    "import type { Context } from '../../graphql/context';\nexport const etaService = (context: Context) => context;",

  // server-to-web-only-through-ssr-entry: a component, beside the allowed SSR entry.
  'apps/server/src/http/pageRenderer.ts':
    "import type { RenderedPage } from '../../../web/src/app/renderPage';\nexport type Page = RenderedPage;",
  'apps/server/src/http/componentRenderer.ts':
    "import { ArticlePage } from '../../../web/src/articles/ArticlePage';\nexport const render = ArticlePage;",
  // server-tests-to-web-documents-only: a component, beside the allowed documents.
  'apps/server/src/http/pages.test.ts':
    "import { ArticlePageDocument } from '../../../web/src/gql/graphql';\nexport const operation = ArticlePageDocument;",
  'apps/server/src/testing/webComponents.ts':
    "import { ArticlePage } from '../../../web/src/articles/ArticlePage';\nexport const page = ArticlePage;",

  // packages-not-to-apps, by a type import: types count here.
  'packages/rules/src/limits.ts':
    "import type { Config } from '../../../apps/server/src/config';\nexport const limits = (config: Config) => config;",

  'apps/web/src/gql/graphql.ts': 'export const ArticlePageDocument = {};',
  'apps/web/src/app/renderPage.tsx':
    "import { ArticlePage } from '../articles/ArticlePage';\nexport type RenderedPage = { html: string };\nexport const renderPage = ArticlePage;",
  // web-not-to-server, by a type import; no-cycle-between-web-folders (articles ↔ tags).
  'apps/web/src/articles/ArticlePage.tsx':
    "import type { Context } from '../../../server/src/graphql/context';\nimport { TagList } from '../tags/TagList';\nexport const ArticlePage = (context: Context) => [context, TagList];",
  'apps/web/src/articles/ArticleList.tsx': 'export const ArticleList = 1;',
  'apps/web/src/tags/TagList.tsx': 'export const TagList = 1;',
  'apps/web/src/tags/TagPage.tsx': "import { ArticleList } from '../articles/ArticleList';\nexport const TagPage = ArticleList;",
  // A test may use what composes the code it tests without making a folder cycle.
  'apps/web/src/app/createCache.ts': "import { commentPages } from '../comments/commentPages';\nexport const createCache = commentPages;",
  'apps/web/src/comments/commentPages.ts': 'export const commentPages = 1;',
  'apps/web/src/comments/commentCache.test.ts': "import { createCache } from '../app/createCache';\nexport const cache = createCache;",
};

describe('the dependency rules', () => {
  let fixtureRoot: string;

  beforeAll(() => {
    fixtureRoot = mkdtempSync(path.join(tmpdir(), 'dependency-rules-'));
    for (const [file, source] of Object.entries(fixture)) {
      mkdirSync(path.dirname(path.join(fixtureRoot, file)), { recursive: true });
      writeFileSync(path.join(fixtureRoot, file), `${source}\n`);
    }
  });

  afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

  it('report each breach of the file rules, and nothing the rules allow', async () => {
    const server = 'apps/server/src/';
    expect(await breaches(fileRules, fileRulesRead, fixtureRoot)).toEqual(
      [
        `graphql-not-to-queries: ${server}graphql/loaders.ts → ${server}modules/alpha/alphaQueries.ts`,
        `modules-use-graphql-types-only: ${server}modules/gamma/gammaService.ts → ${server}graphql/limits.ts`,
        `no-circular: ${server}platform/ping.ts → ${server}platform/pong.ts`,
        'packages-not-to-apps: packages/rules/src/limits.ts → apps/server/src/config.ts',
        `queries-not-to-upper-layers: ${server}modules/beta/betaQueries.ts → ${server}modules/beta/betaLoaders.ts`,
        `queries-not-to-upper-layers: ${server}modules/beta/betaQueries.ts → node_modules/graphql/index.js`,
        `resolvers-not-to-queries: ${server}modules/alpha/alphaResolvers.ts → ${server}modules/alpha/alphaQueries.ts`,
        `server-tests-to-web-documents-only: ${server}testing/webComponents.ts → apps/web/src/articles/ArticlePage.tsx`,
        `server-to-web-only-through-ssr-entry: ${server}http/componentRenderer.ts → apps/web/src/articles/ArticlePage.tsx`,
        `services-not-to-resolvers-or-schema: ${server}modules/alpha/alphaService.ts → ${server}modules/alpha/alphaResolvers.ts`,
        `sql-only-in-queries: ${server}modules/beta/betaService.ts → node_modules/drizzle-orm/index.js`,
        `sql-only-in-queries: ${server}modules/gamma/gammaResolvers.ts → packages/db/src/schema.ts`,
        `web-not-to-server: apps/web/src/articles/ArticlePage.tsx → ${server}graphql/context.ts`,
      ].sort(),
    );
  });

  it('report cycles between server modules and between web folders, leaving tests and graphql/ out', async () => {
    expect(await breaches(folderRules, folderRulesRead, fixtureRoot)).toEqual(
      [
        'no-cycle-between-modules: apps/server/src/modules/delta → apps/server/src/modules/epsilon',
        'no-cycle-between-modules: apps/server/src/modules/epsilon → apps/server/src/modules/delta',
        'no-cycle-between-web-folders: apps/web/src/articles → apps/web/src/tags',
        'no-cycle-between-web-folders: apps/web/src/tags → apps/web/src/articles',
      ].sort(),
    );
  });

  it('find no breach in the tree, having read it', { timeout: 60_000 }, async () => {
    const tree = await cruised(fileRules, fileRulesRead, repoRoot);
    expect(breachesIn(tree)).toEqual([]);
    // A configuration that read nothing would find nothing wrong either.
    const sources = tree.modules.map((module) => module.source);
    expect(
      sources.filter((source) => /^apps\/server\/src\/modules\/[^/]+\/[^/]*Resolvers\.ts$/.test(source)).length,
    ).toBeGreaterThanOrEqual(10);
    expect(sources.filter((source) => /^apps\/server\/src\/modules\/[^/]+\/[^/]*Queries\.ts$/.test(source)).length).toBeGreaterThanOrEqual(
      10,
    );
    expect(sources.filter((source) => /^apps\/web\/src\/.*\.tsx$/.test(source)).length).toBeGreaterThanOrEqual(50);
    expect(sources.filter((source) => /^packages\/db\/src\/.*\.ts$/.test(source)).length).toBeGreaterThanOrEqual(10);
    expect(breachesIn(await cruised(folderRules, folderRulesRead, repoRoot))).toEqual([]);
  });
});
