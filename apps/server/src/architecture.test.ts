// Enforces the dependency direction written in ARCHITECTURE.md: resolver → service →
// queries → db. A failure names the file and the import that breaks the rule.
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

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((match) => match[1]!);
}

const files = sourceFiles(sourceRoot).map((file) => ({ file: path.relative(sourceRoot, file), imports: imports(file) }));

it('keeps SQL and tables out of resolvers', () => {
  const breaches = files
    .filter(({ file }) => file.endsWith('Resolvers.ts'))
    .flatMap(({ file, imports }) =>
      imports.filter((name) => name === 'drizzle-orm' || name.startsWith('drizzle-orm/') || name === '@newsroom/db/schema').map((name) => `${file} imports ${name}`),
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

it('has found the modules it checks', () => {
  expect(files.filter(({ file }) => file.endsWith('Resolvers.ts')).length).toBeGreaterThanOrEqual(5);
  expect(files.filter(({ file }) => file.endsWith('Queries.ts')).length).toBeGreaterThanOrEqual(4);
});
