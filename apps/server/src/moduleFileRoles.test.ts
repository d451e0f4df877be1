// Every file of a server module is named by its role (ARCHITECTURE.md, "Modules and layers"),
// because the dependency rules (.dependency-cruiser.cjs) find a file's layer by its name: a
// file named for its audience or task (`commentModeration.ts`) falls under no rule at all.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const modulesDir = new URL('./modules/', import.meta.url);

/** The roles, by file-name ending: the layers resolver → service → queries, and beside them. */
const moduleFileRoles = {
  '.graphql.ts': 'the SDL of the module',
  'Resolvers.ts': 'GraphQL resolvers: arguments in, a service or loader called, nothing else',
  'Service.ts': 'what the module does: validation, authorisation, transactions',
  'Queries.ts': 'SQL, through drizzle, and nothing above it',
  'Loaders.ts': 'per-request batch loaders over the queries',
  'Rules.ts': 'pure rules (no database, no GraphQL) shared by the layers above',
  '.test.ts': 'tests',
} as const;

/** The files under modules/ whose names give no role, as "module/file". */
function filesWithoutRole(dir: URL): string[] {
  const endings = Object.keys(moduleFileRoles);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && !endings.some((ending) => entry.name.endsWith(ending)))
    .map((entry) => path.relative(dir.pathname, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('server module files', () => {
  it('are checked: a file named by task, not role, is reported', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'module-roles-'));
    try {
      mkdirSync(path.join(root, 'comments'));
      for (const name of ['commentService.ts', 'commentQueries.ts', 'comments.graphql.ts', 'commentModeration.ts', 'addComment.test.ts']) {
        writeFileSync(path.join(root, 'comments', name), '');
      }
      expect(filesWithoutRole(pathToFileURL(`${root}/`))).toEqual(['comments/commentModeration.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('are each named by a role', () => {
    expect(filesWithoutRole(modulesDir)).toEqual([]);
  });

  it('hold no folders (fixtures and test helpers live in src/testing)', () => {
    const folders = readdirSync(modulesDir, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && path.resolve(entry.parentPath) !== path.resolve(modulesDir.pathname),
    );
    expect(folders.map((entry) => entry.name)).toEqual([]);
  });
});
