import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';

// Typed documents for the client (`graphql()` from src/gql/gql.ts). Fragment masking is on:
// a component sees only the fields its own fragment asks for, and unmasks its prop with
// getFragmentData(), so each fragment stays next to the component that renders it.
//
// Two outputs: the desk's documents (src/desk/gql/) apart from the reader pages' (src/gql/).
// A build keeps each generated module whole in one chunk, so the desk's documents would
// otherwise ride in the entry chunk every reader downloads (docs/adr/011).
//
// Persisted documents (docs/adr/038): each output also writes persisted-documents.json
// (sha256 hash -> the document's text) and puts the hash on each document, which the web
// app sends instead of the text; the build ships both files to the server, which runs
// only these with TRUSTED_DOCUMENTS=only. Apollo Client adds __typename to every selection
// before sending (every selection set but an operation's root), so the documents get it
// here too, in the same places: the text the server runs for a hash is then the one whose
// answers the client's cache expects. (Codegen's own addTypenameSelectionDocumentTransform
// also adds it to query and mutation roots, which Apollo Client does not.)
const addTypenameLikeApolloClient = {
  transform: ({ documents }: { documents: { document?: DocumentNode }[] }) =>
    documents.map((source) => ({
      ...source,
      document:
        source.document &&
        visit<DocumentNode>(source.document, {
          SelectionSet(node, _key, parent) {
            const operationRoot = parent !== undefined && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.OPERATION_DEFINITION;
            if (
              operationRoot ||
              node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename')
            ) {
              return undefined;
            }
            return { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] };
          },
        }),
    })),
};
const client = {
  preset: 'client',
  presetConfig: {
    fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
    persistedDocuments: { hashAlgorithm: 'sha256' },
  },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { DateTime: 'string' },
    skipTypename: false,
    nonOptionalTypename: false,
  },
} as const;

const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      ...client,
      documentTransforms: [addTypenameLikeApolloClient],
      documents: ['src/**/*.{ts,tsx}', '!src/desk/**/*', '!src/gql/**/*', '!src/**/*.test.ts'],
    },
    'src/desk/gql/': {
      ...client,
      documentTransforms: [addTypenameLikeApolloClient],
      documents: ['src/desk/**/*.{ts,tsx}', '!src/desk/gql/**/*', '!src/**/*.test.ts'],
    },
  },
};

export default config;
