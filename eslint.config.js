import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Every folder under src/features is a feature; the list is read, not typed, so a new one is covered.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// domain/, engine/, exporters/ (and later pure modules) run unchanged in the CLI, tests and workers:
// no UI, storage, DOM or clock. The clock and ids are passed in.
const pureRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
          message: 'Pure layers must not import React.',
        },
        {
          group: ['dexie', 'dexie/*', 'dexie-react-hooks'],
          message: 'Only src/persistence touches IndexedDB.',
        },
        { group: ['zustand', 'zustand/*'], message: 'Pure layers must not read the store.' },
        { group: ['mermaid', 'mermaid/*'], message: 'Pure layers emit Mermaid text; rendering is UI.' },
        {
          group: ['**/persistence/**', '**/state/**', '**/features/**', '**/components/**', '**/app/**'],
          message: 'Pure layers import only domain (and engine for exporters).',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    'window',
    'document',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'navigator',
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Pass the clock in (ctx.now).' },
    { object: 'Math', property: 'random', message: 'Pass ids and randomness in.' },
    { object: 'window', message: 'Pure layers must not touch the DOM.' },
    { object: 'globalThis', property: 'window', message: 'Pure layers must not touch the DOM.' },
    { object: 'globalThis', property: 'document', message: 'Pure layers must not touch the DOM.' },
    { object: 'globalThis', property: 'localStorage', message: 'Pure layers must not touch storage.' },
    { object: 'globalThis', property: 'indexedDB', message: 'Pure layers must not touch storage.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'new Date() reads the clock: pass `now` in.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'public',
      'bench/out',
      // AssemblyScript (npm run wasm), not TypeScript: outside the TypeScript project.
      'src/integrity/wasm',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': [
        'error',
        {
          restrictDefaultExports: {
            direct: true,
            named: true,
            defaultFrom: true,
            namedFrom: true,
            namespaceFrom: true,
          },
        },
      ],
    },
  },
  {
    files: [
      '**/*.tsx',
      'src/app/**/*.ts',
      'src/state/**/*.ts',
      'src/components/**/*.ts',
      'src/features/**/*.ts',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: [
      'src/domain/**/*.ts',
      'src/engine/**/*.ts',
      'src/exporters/**/*.ts',
      'src/sql/**/*.ts',
      'src/integrity/**/*.ts',
      'src/verify/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: pureRestrictions,
  },
  // A feature never imports another feature: shared code goes to components/, state/ or a pure layer.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.filter((f) => f !== feature).flatMap((f) => [
                `**/features/${f}`,
                `**/features/${f}/**`,
                `../${f}`,
                `../${f}/**`,
              ]),
              message: 'Features do not import each other; move shared code to components/ or state/.',
            },
            {
              group: ['dexie', '**/persistence/**'],
              message: 'Features go through state/, never straight to storage.',
            },
          ],
        },
      ],
    },
  })),
  {
    // Tool configs must default-export for their tools.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
