// One lint configuration for the whole tree (`pnpm lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/dist-ssr/**',
      '**/generated/**',
      'apps/web/src/gql/**',
      'apps/web/src/desk/gql/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (docs/design.md, "Conventions", 3).' },
      ],
    },
  },
  {
    // Configuration is read from the environment in one place, apps/server/src/config.ts
    // (loadConfig), so every setting is checked, defaulted and documented together. The CLI's
    // NEWSROOM_PASSWORD is the command's input, not configuration; tests and their helpers
    // pass DATABASE_URL and the like on to what they start.
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      'apps/server/src/config.ts',
      'apps/server/src/cli/newsroom.ts',
      '**/*.test.ts',
      'apps/server/src/testing/**',
      'apps/server/src/faults/**',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings through loadConfig() in apps/server/src/config.ts (docs/design.md, "Operations").',
        },
      ],
    },
  },
  {
    // Tools that require a default export from their config files.
    files: ['**/*.config.ts', '**/*.config.js', '**/codegen.ts', '**/globalSetup.ts', '**/drizzle.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // dependency-cruiser's configurations (.dependency-cruiser*.cjs) are CommonJS modules
    // in a package that is otherwise ESM; the folder run requires the main one's options.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests and their helpers read GraphQL answers of any shape.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'apps/server/src/faults/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
