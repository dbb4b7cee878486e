import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Every folder under src/features is a feature; the list is read, not typed, so a new one is covered.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// The layers of ../shared/DESIGN.md, plus the Node-side folders (bench/, tooling/). Each may import only the
// layers listed for it (and itself, and packages). The walls are checked on the resolved file an import
// reaches, so '../state', '../state/index' and '../../src/state/store' are all the same import of state/.
const PURE_CORE = ['domain', 'engine', 'exporters', 'sql', 'integrity', 'verify', 'rehearsal'];
const ALL_LAYERS = [
  ...PURE_CORE,
  'persistence',
  'state',
  'features',
  'components',
  'app',
  'cli',
  'bench',
  'tooling',
];
const MAY_IMPORT = {
  domain: [],
  engine: ['domain'],
  // The runbook and the review print a database verification as the verify subsystem summarises it.
  exporters: ['domain', 'engine', 'verify'],
  sql: ['domain', 'engine'],
  integrity: ['domain'],
  verify: ['domain', 'engine', 'sql', 'integrity'],
  rehearsal: ['domain', 'engine', 'sql'],
  persistence: ['domain'],
  // The store holds what the pure subsystems give it (SQL facts, database verifications), never the reverse.
  state: ['domain', 'engine', 'persistence', 'sql', 'verify'],
  // Features reach storage only through state/, and never another feature (rule below).
  features: [
    'domain',
    'engine',
    'exporters',
    'sql',
    'integrity',
    'verify',
    'rehearsal',
    'state',
    'components',
  ],
  // Shared UI is fed by props: no store, no storage, no screen.
  components: ['domain', 'engine', 'exporters'],
  app: ALL_LAYERS.filter((l) => !['cli', 'bench', 'tooling'].includes(l)),
  cli: ['domain', 'engine', 'exporters', 'sql', 'integrity', 'verify'],
  bench: ALL_LAYERS.filter((l) => l !== 'bench'),
  tooling: ['domain', 'engine', 'exporters', 'sql', 'integrity', 'rehearsal', 'cli'],
};
// Tests and test helpers may also reach the Node-side code (the CLI, bench data, build tooling) and the pure
// core, but never a UI or storage layer that their own layer may not import.
const TEST_MAY_ALSO_IMPORT = [...PURE_CORE, 'cli', 'bench', 'tooling'];
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/testing.ts', '**/fixtures/**'];

// A subsystem's browser edge is its worker/ folder: the Web Worker entry, the client that starts it, and what
// only they use. It lives with its subsystem and is walled like it (integrity/worker/ imports what integrity/
// may), but only the screens, the app and the benches start workers: the pure core around it never imports
// it, nor do the store, storage, shared UI or the CLI, and one subsystem's edge never reaches another's.
const EDGE = 'worker';
const EDGE_USERS = ['features', 'app', 'bench'];
const edgeZones = () => [
  ...ALL_LAYERS.filter((l) => !EDGE_USERS.includes(l)).map((layer) => ({
    target: [`./src/${layer}/*.{ts,tsx}`, `./src/${layer}/!(${EDGE})/**`],
    from: `./src/*/${EDGE}/**`,
    message: `${layer}/ may not import a ${EDGE}/ folder: a subsystem's Web Worker and its client are started by ${EDGE_USERS.join(', ')} (../shared/DESIGN.md).`,
  })),
  ...PURE_CORE.map((layer) => ({
    target: `./src/${layer}/${EDGE}/**`,
    from: `./src/!(${layer})/${EDGE}/**`,
    message: `${layer}/${EDGE}/ may not import another subsystem's ${EDGE}/ folder.`,
  })),
];

// One zone per wall: the files of `layer` may not import the files of `walled`.
const wall = (target, layer, walled, allowed, except) => ({
  target,
  from: `./src/${walled}`,
  ...(except ? { except } : {}),
  message: `${layer} may not import ${walled}/: it may import only ${allowed.join(', ') || 'itself'} (../shared/DESIGN.md).`,
});
const walls = (target, layer, allowed, excepts = {}) =>
  ALL_LAYERS.filter((l) => !allowed.includes(l)).map((l) => wall(target, layer, l, allowed, excepts[l]));

/** The zones of import-x/no-restricted-paths; `also` widens what a layer may import (tests), `excepts` pierces one wall for named files. */
const layerZones = ({ also = [], excepts = {} } = {}) => [
  ...Object.entries(MAY_IMPORT).flatMap(([layer, allowed]) =>
    walls(`./src/${layer}`, `${layer}/`, [...new Set([layer, ...allowed, ...also])], excepts[layer]),
  ),
  ...edgeZones(),
  // The entry point mounts the shell like app/ does.
  ...walls('./src/main.tsx', 'src/main.tsx', MAY_IMPORT.app),
  // A feature never imports another feature: shared code goes to components/, state/ or a pure layer.
  ...FEATURES.flatMap((feature) =>
    FEATURES.filter((f) => f !== feature).map((f) => ({
      target: `./src/features/${feature}`,
      from: `./src/features/${f}`,
      message: 'Features do not import each other; move shared code to components/, state/ or a pure layer.',
    })),
  ),
];
const restrictedPaths = (options) => ['error', { basePath: import.meta.dirname, zones: layerZones(options) }];

// Which layers may use a package that owns a concern: storage, the store, rendering diagrams, React.
const PACKAGE_OWNERS = [
  {
    group: ['dexie', 'dexie/*', 'dexie-react-hooks'],
    owners: ['persistence'],
    message: 'Only src/persistence touches IndexedDB.',
  },
  {
    group: ['zustand', 'zustand/*'],
    owners: ['state'],
    message: 'Only src/state builds the store; read it through state/.',
  },
  {
    group: ['mermaid', 'mermaid/*'],
    owners: ['components'],
    message: 'Mermaid renders in components/ (lazily); pure layers emit its text.',
  },
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-hook-form', '@tanstack/react-table'],
    owners: ['state', 'features', 'components', 'app'],
    message: 'React belongs to the UI layers (state, features, components, app).',
  },
];
const packageRules = (layer, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...PACKAGE_OWNERS.filter((p) => !p.owners.includes(layer)).map(({ group, message }) => ({
          group,
          message,
        })),
        ...extra,
      ],
    },
  ],
});

// The pure core runs unchanged in the CLI, tests and Web Workers: no DOM, storage, clock, timers or randomness,
// and no Node built-ins (it also runs in the browser). The clock and ids are passed in.
const pureRestrictions = {
  'no-restricted-globals': [
    'error',
    'window',
    'document',
    'localStorage',
    'sessionStorage',
    'indexedDB',
    'navigator',
    // The core is type-checked with a Web Worker's libraries (tsconfig.core.json); its scope is not the core's.
    'self',
    'postMessage',
    'importScripts',
    'fetch',
    'caches',
    'location',
    { name: 'setTimeout', message: 'Timers belong to the caller: pass the clock in.' },
    { name: 'setInterval', message: 'Timers belong to the caller: pass the clock in.' },
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
const NODE_BUILTINS = {
  group: ['node:*'],
  message: 'The pure core also runs in the browser: no Node built-ins.',
};
// A subsystem's worker/ folder is its browser edge: in its folder, but it talks to the worker global (self,
// postMessage, fetch, location), so the core's ban on those globals stops at it. It never touches the page.
const BROWSER_EDGE = [`**/${EDGE}/**`];
const edgeRestrictions = {
  'no-restricted-globals': [
    'error',
    ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
      name,
      message: 'A worker and its client never touch the page or storage: the page passes what they need.',
    })),
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
      parserOptions: {
        // Web Worker entries are outside tsconfig.json (its DOM lib makes `self` a Window): they get
        // tsconfig.worker.json, the worker's global.
        projectService: {
          allowDefaultProject: ['src/*/worker/*.worker.ts', 'src/bench/browser/*.worker.ts'],
          defaultProject: 'tsconfig.worker.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
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
    // The walls between layers, checked on the file each import resolves to.
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': restrictedPaths(),
      // Type-only imports are erased and may go both ways; a value cycle is a layering mistake.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: TEST_FILES.map((glob) => `src/${glob}`),
    rules: { 'import-x/no-restricted-paths': restrictedPaths({ also: TEST_MAY_ALSO_IMPORT }) },
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
  ...['persistence', 'state', 'features', 'components', 'app', 'cli', 'bench', 'tooling'].map((layer) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: packageRules(layer),
  })),
  {
    files: PURE_CORE.map((layer) => `src/${layer}/**/*.ts`),
    rules: packageRules('pure core'),
  },
  {
    // Tests drive the pure core with real clocks; a worker entry and its client are the browser edge.
    files: PURE_CORE.map((layer) => `src/${layer}/**/*.ts`),
    ignores: ['**/*.test.ts', ...BROWSER_EDGE],
    rules: pureRestrictions,
  },
  {
    // Test helpers read fixtures from disk; the rest of the core, its worker/ folders too, runs in the browser.
    files: PURE_CORE.map((layer) => `src/${layer}/**/*.ts`),
    ignores: TEST_FILES,
    rules: packageRules('pure core', [NODE_BUILTINS]),
  },
  {
    files: PURE_CORE.map((layer) => `src/${layer}/${EDGE}/**/*.ts`),
    ignores: TEST_FILES,
    rules: edgeRestrictions,
  },
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
