import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the client (`graphql()` from src/gql/gql.ts). Fragment masking is on:
// a component sees only the fields its own fragment asks for, and unmasks its prop with
// getFragmentData(), so each fragment stays next to the component that renders it.
//
// Two outputs: the desk's documents (src/desk/gql/) apart from the reader pages' (src/gql/).
// A build keeps each generated module whole in one chunk, so the desk's documents would
// otherwise ride in the entry chunk every reader downloads (docs/adr/011).
const client = {
  preset: 'client',
  presetConfig: {
    fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
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
    'src/gql/': { ...client, documents: ['src/**/*.{ts,tsx}', '!src/desk/**/*', '!src/gql/**/*', '!src/**/*.test.ts'] },
    'src/desk/gql/': { ...client, documents: ['src/desk/**/*.{ts,tsx}', '!src/desk/gql/**/*', '!src/**/*.test.ts'] },
  },
};

export default config;
