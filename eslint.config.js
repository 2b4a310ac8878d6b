import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Each feature stands alone: it imports shared code (src/lib, src/components, src/config)
 * but never another feature. Pages that compose features live in src/app/routes.
 */
const FEATURES = ['bulk-links', 'link-builder', 'link-library', 'offers', 'settings', 'theme', 'tracking-links'];

const featureWalls = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^@/features/(?!${feature}/)`,
            message:
              'A feature never imports another: compose them in src/app/routes, or move the shared part to src/lib.',
          },
          {
            // Climbing out of the feature's folder reaches another feature the same way.
            regex: '^(\\.\\./){2,}|^\\.\\./(?!(api|components|lib|testing)/)',
            message: 'Import shared code by its @/ path; a feature never imports another.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.lighthouse'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
    },
    extends: [...pluginQuery.configs['flat/recommended-strict']],
    rules: {
      ...reactHooks.configs.recommended.rules,
      // A route module may hand start-up its data prefetch (src/app/prefetch-page-data.ts).
      'react-refresh/only-export-components': [
        'warn',
        { allowConstantExport: true, extraHOCs: ['lazyPage'], allowExportNames: ['prefetchOfferPage'] },
      ],
    },
  },
  ...featureWalls,
  {
    // Test helpers are never hot-reloaded.
    files: ['src/testing/**/*.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    // Node-side code names the file it imports, as Node's ESM loader (and Vite's native
    // config loader) require; the bundler resolves extensionless paths in src/ only.
    files: ['demo-api/**/*.ts', 'server/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts', '*.config.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'].map((node) => ({
          selector: `${node}[source.value=/^\\.\\.?\\/(?!.*\\.(ts|json)$)/]`,
          message: 'Name the file in a relative import (./file.ts, ./folder/index.ts).',
        })),
      ],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      // Playwright's fixture API uses an empty destructuring pattern for "no fixtures".
      'no-empty-pattern': 'off',
    },
  },
);
