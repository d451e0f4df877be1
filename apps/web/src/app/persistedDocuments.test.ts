// The build's manifest of persisted documents (ADR 038) must hold every operation the web
// app sends: with TRUSTED_DOCUMENTS=only the server runs nothing else for readers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as deskDocuments from '../desk/gql/graphql';
import deskManifest from '../desk/gql/persisted-documents.json';
import * as readerDocuments from '../gql/graphql';
import readerManifest from '../gql/persisted-documents.json';
import { persistedDocumentHash } from './createApolloClient';

const src = fileURLToPath(new URL('..', import.meta.url));
const manifest: Record<string, string> = { ...readerManifest, ...deskManifest };

/** Operation names written in the sources (graphql(`…`) calls), outside the generated folders. */
function operationNamesInSources(directory: string): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'gql') names.push(...operationNamesInSources(full));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      for (const match of readFileSync(full, 'utf8').matchAll(/graphql\(`\s*(query|mutation|subscription)\s+(\w+)/g)) names.push(match[2]!);
    }
  }
  return names;
}

const operationName = (text: string) =>
  parse(text).definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value] : []))[0];

describe('persisted documents', () => {
  it('registers every operation written in the sources, by its name', () => {
    const registered = new Set(Object.values(manifest).map(operationName));
    const written = operationNamesInSources(src);
    expect(written.length).toBeGreaterThan(40);
    expect(written.filter((name) => !registered.has(name))).toEqual([]);
  });

  it('gives every generated operation document the hash under which the manifest holds its text', () => {
    const documents = Object.entries({ ...readerDocuments, ...deskDocuments }).filter(
      ([name, value]) =>
        name.endsWith('Document') && (value as DocumentNode).definitions?.some((d) => d.kind === Kind.OPERATION_DEFINITION),
    );
    expect(documents.length).toBe(Object.keys(manifest).length);
    for (const [, document] of documents) {
      const text = manifest[`sha256:${persistedDocumentHash(document as DocumentNode)}`];
      expect(text).toBeDefined();
      const operation = (document as DocumentNode).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      expect(operationName(text!)).toBe(operation && 'name' in operation ? operation.name?.value : undefined);
    }
  });

  it('selects __typename where Apollo Client adds it: every selection but an operation root', () => {
    const text = readerManifest[`sha256:${persistedDocumentHash(readerDocuments.RatingIslandDocument)}` as keyof typeof readerManifest];
    expect(text).toContain('query RatingIsland($slug: String!) { article(slug: $slug) { __typename id rating { __typename');
  });

  it('refuses a document codegen did not hash', () => {
    expect(() => persistedDocumentHash(parse('{ sections { slug } }'))).toThrow(/graphql\(\)/);
  });
});
