// ESLint flat config: typescript-eslint's recommended rules plus the import boundaries of the
// layout (graph/ never imports importer/ or web/; web/ never imports the driver). "web/ imports only
// types from graph/" needs real path resolution (web/graph/ is another folder): test/unit/boundaries.test.ts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.data', 'graph/neo4j-launcher/target', 'importer/samples'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Issue 6: each extraction rule is a small unit that can be read alone.
    files: ['importer/extract/**/*.ts'],
    ignores: ['importer/extract/**/*.test.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    files: ['graph/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/importer/**', '**/web/**'], message: 'graph/ must not import importer/ or web/.' }],
        },
      ],
    },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'web/ never talks to Neo4j directly; use the HTTP API.' }],
          patterns: [{ group: ['**/importer/**'], message: 'web/ must not import importer/.' }],
        },
      ],
    },
  },
);
