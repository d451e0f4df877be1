// Enforces the dependency direction written in ARCHITECTURE.md: resolver → service →
// queries → db; SQL only in *Queries.ts; no cycle between modules. A failure names the file
// and the import that breaks the rule.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const sourceRoot = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

interface Import {
  from: string;
  /** False for `import type …` and for imports whose every name is a type. */
  value: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(type\s+)?([^;]*?)\s+from\s+'([^']+)'/gms)].map((match) => {
    const clause = match[2]!;
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    const onlyTypes = braces !== null && braces[1]!.split(',').map((name) => name.trim()).filter(Boolean).every((name) => name.startsWith('type '));
    return { from: match[3]!, value: !match[1] && !onlyTypes };
  });
}

const files = sourceFiles(sourceRoot).map((file) => {
  const all = importsOf(file);
  return { file: path.relative(sourceRoot, file), all, imports: all.filter((entry) => entry.value).map((entry) => entry.from) };
});

const isSqlBuilder = (name: string) => name === 'drizzle-orm' || name.startsWith('drizzle-orm/') || name === '@newsroom/db/schema';

it('keeps SQL and tables out of resolvers', () => {
  const breaches = files
    .filter(({ file }) => file.endsWith('Resolvers.ts'))
    .flatMap(({ file, imports }) =>
      imports.filter(isSqlBuilder).map((name) => `${file} imports ${name}`),
    );
  expect(breaches).toEqual([]);
});

it('keeps queries free of services, resolvers and GraphQL', () => {
  const breaches = files
    .filter(({ file }) => file.endsWith('Queries.ts'))
    .flatMap(({ file, imports }) =>
      imports.filter((name) => /Service$|Resolvers$|^graphql$|\/graphql\//.test(name)).map((name) => `${file} imports ${name}`),
    );
  expect(breaches).toEqual([]);
});

// Building SQL takes drizzle's operators or the schema's tables as values; row *types* are
// fine anywhere. The database ping of the health check is plumbing, not a feature.
const sqlOutsideQueriesAllowed = new Set(['platform/databasePing.ts']);

it('keeps SQL in *Queries.ts', () => {
  const breaches = files
    .filter(({ file }) => !file.endsWith('Queries.ts') && !sqlOutsideQueriesAllowed.has(file))
    .flatMap(({ file, imports }) => imports.filter(isSqlBuilder).map((name) => `${file} imports ${name}`));
  expect(breaches).toEqual([]);
});

it('lets resolvers reach queries only through a service or a loader', () => {
  const breaches = files
    .filter(({ file }) => file.endsWith('Resolvers.ts'))
    .flatMap(({ file, all }) => all.filter(({ from }) => /Queries$/.test(from)).map(({ from }) => `${file} imports ${from}`));
  expect(breaches).toEqual([]);
});

/** The module a source file belongs to, or undefined outside modules/. */
function moduleOf(file: string): string | undefined {
  const parts = file.split(path.sep);
  return parts[0] === 'modules' ? parts[1] : undefined;
}

it('has no cycle between modules', () => {
  const edges = new Map<string, Set<string>>();
  for (const { file, imports } of files) {
    const from = moduleOf(file);
    if (!from) continue;
    for (const name of imports.filter((entry) => entry.startsWith('.'))) {
      const to = moduleOf(path.relative(sourceRoot, path.resolve(sourceRoot, path.dirname(file), name)));
      if (to && to !== from) edges.set(from, new Set([...(edges.get(from) ?? []), to]));
    }
  }
  const cycles: string[] = [];
  const visit = (node: string, trail: string[]) => {
    for (const next of edges.get(node) ?? []) {
      if (next === trail[0]) cycles.push([...trail, next].join(' → '));
      else if (!trail.includes(next) && next > trail[0]!) visit(next, [...trail, next]);
    }
  };
  for (const start of edges.keys()) visit(start, [start]);
  expect(cycles).toEqual([]);
});

it('has found the modules it checks', () => {
  expect(files.filter(({ file }) => file.endsWith('Resolvers.ts')).length).toBeGreaterThanOrEqual(5);
  expect(files.filter(({ file }) => file.endsWith('Queries.ts')).length).toBeGreaterThanOrEqual(4);
  expect(new Set(files.map(({ file }) => moduleOf(file)).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
});
