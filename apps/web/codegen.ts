import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the client (`graphql()` from src/gql/gql.ts). Fragment masking is on:
// a component sees only the fields its own fragment asks for, and unmasks its prop with
// getFragmentData(), so each fragment stays next to the component that renders it.
const config: CodegenConfig = {
  schema: '../../packages/schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*', '!src/**/*.test.ts'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
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
    },
  },
};

export default config;
