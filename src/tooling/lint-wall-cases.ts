/**
 * The imports and globals that must fail lint (WALLS: the rule that must object, and what it must say) and
 * some that must pass (ALLOWED), each in a file that does not exist: a virtual path inside the layer.
 * lint-walls.test.ts lints them with the project's own eslint.config.js.
 */

/** One value import of `specifier`, used, so no other rule has anything to say. */
export const importing = (specifier: string) =>
  `import * as target from '${specifier}';\nexport const used = target;\n`;

export type Wall = { file: string; code: string; rule: string; says?: RegExp };
export const PATHS = 'import-x/no-restricted-paths';

export const WALLS: Record<string, Wall> = {
  'domain imports the store through its barrel': {
    file: 'src/domain/probe.ts',
    code: importing('../state'),
    rule: PATHS,
    says: /domain\/ may not import state\//,
  },
  'domain imports the engine': { file: 'src/domain/probe.ts', code: importing('../engine'), rule: PATHS },
  'a path that wanders into the store': {
    file: 'src/domain/probe.ts',
    code: importing('../engine/../state/index'),
    rule: PATHS,
    says: /may not import state\//,
  },
  'engine imports an exporter': {
    file: 'src/engine/probe.ts',
    code: importing('../exporters/runbook'),
    rule: PATHS,
  },
  'exporters import storage through its barrel': {
    file: 'src/exporters/probe.ts',
    code: importing('../persistence'),
    rule: PATHS,
  },
  'sql imports the rehearsal': { file: 'src/sql/probe.ts', code: importing('../rehearsal'), rule: PATHS },
  'integrity imports sql': { file: 'src/integrity/probe.ts', code: importing('../sql'), rule: PATHS },
  'rehearsal imports integrity': {
    file: 'src/rehearsal/probe.ts',
    code: importing('../integrity'),
    rule: PATHS,
  },
  'verify imports the store': { file: 'src/verify/probe.ts', code: importing('../state'), rule: PATHS },
  'persistence imports the store': {
    file: 'src/persistence/probe.ts',
    code: importing('../state'),
    rule: PATHS,
  },
  'state imports an exporter': {
    file: 'src/state/probe.ts',
    code: importing('../exporters/runbook'),
    rule: PATHS,
    says: /state\/ may not import exporters\//,
  },
  'state imports a screen': {
    file: 'src/state/probe.ts',
    code: importing('../features/run/audit-panel'),
    rule: PATHS,
  },
  'a feature imports another feature': {
    file: 'src/features/drafts/probe.ts',
    code: importing('../run/audit-panel'),
    rule: PATHS,
    says: /Features do not import each other/,
  },
  'a feature imports storage': {
    file: 'src/features/drafts/probe.ts',
    code: importing('../../persistence'),
    rule: PATHS,
  },
  'components import the store': {
    file: 'src/components/probe.ts',
    code: importing('../state'),
    rule: PATHS,
  },
  'components import storage': {
    file: 'src/components/probe.ts',
    code: importing('../persistence'),
    rule: PATHS,
  },
  'components import a screen': {
    file: 'src/components/probe.ts',
    code: importing('../features/run/audit-panel'),
    rule: PATHS,
  },
  'the app imports the CLI': { file: 'src/app/probe.ts', code: importing('../cli/run-cli'), rule: PATHS },
  'the CLI imports the store': { file: 'src/cli/probe.ts', code: importing('../state'), rule: PATHS },
  'the integrity worker imports sql': {
    file: 'src/integrity/worker/probe.ts',
    code: importing('../../sql'),
    rule: PATHS,
    says: /integrity\/ may not import sql\//,
  },
  'the pure core imports its own worker edge': {
    file: 'src/integrity/probe.ts',
    code: importing('./worker/client'),
    rule: PATHS,
    says: /integrity\/ may not import a worker\/ folder/,
  },
  'the store starts the SQL worker': {
    file: 'src/state/probe.ts',
    code: importing('../sql/worker/client'),
    rule: PATHS,
    says: /state\/ may not import a worker\/ folder/,
  },
  'shared UI starts a worker': {
    file: 'src/components/probe.ts',
    code: importing('../exporters/worker/share-link-client'),
    rule: PATHS,
  },
  'the CLI reaches a worker edge': {
    file: 'src/cli/probe.ts',
    code: importing('../sql/worker/protocol'),
    rule: PATHS,
  },
  "one subsystem's worker reaches another's": {
    file: 'src/rehearsal/worker/probe.ts',
    code: importing('../../sql/worker/protocol'),
    rule: PATHS,
    says: /rehearsal\/worker\/ may not import another subsystem's worker\/ folder/,
  },
  'product code imports a bench': {
    file: 'src/exporters/probe.ts',
    code: importing('../bench/engine-plans'),
    rule: PATHS,
  },
  'a pure-layer test imports the store': {
    file: 'src/engine/probe.test.ts',
    code: importing('../state'),
    rule: PATHS,
  },
  'domain imports React': {
    file: 'src/domain/probe.ts',
    code: importing('react'),
    rule: 'no-restricted-imports',
  },
  'engine imports Dexie': {
    file: 'src/engine/probe.ts',
    code: importing('dexie'),
    rule: 'no-restricted-imports',
  },
  'exporters import mermaid': {
    file: 'src/exporters/probe.ts',
    code: importing('mermaid'),
    rule: 'no-restricted-imports',
  },
  'sql imports zustand': {
    file: 'src/sql/probe.ts',
    code: importing('zustand'),
    rule: 'no-restricted-imports',
  },
  'a feature imports Dexie': {
    file: 'src/features/run/probe.ts',
    code: importing('dexie'),
    rule: 'no-restricted-imports',
  },
  'components build a store': {
    file: 'src/components/probe.ts',
    code: importing('zustand'),
    rule: 'no-restricted-imports',
  },
  'integrity imports a Node built-in': {
    file: 'src/integrity/probe.ts',
    code: importing('node:fs'),
    rule: 'no-restricted-imports',
  },
  'engine reads the clock': {
    file: 'src/engine/probe.ts',
    code: 'export const t = Date.now();\n',
    rule: 'no-restricted-properties',
  },
  'domain makes a date from the clock': {
    file: 'src/domain/probe.ts',
    code: 'export const t = new Date();\n',
    rule: 'no-restricted-syntax',
  },
  'exporters draw a random id': {
    file: 'src/exporters/probe.ts',
    code: 'export const id = Math.random();\n',
    rule: 'no-restricted-properties',
  },
  'rehearsal touches the page': {
    file: 'src/rehearsal/probe.ts',
    code: 'export const t = document.title;\n',
    rule: 'no-restricted-globals',
  },
  'sql sets a timer': {
    file: 'src/sql/probe.ts',
    code: 'export const t = setTimeout(() => undefined, 1);\n',
    rule: 'no-restricted-globals',
  },
  'integrity fetches': {
    file: 'src/integrity/probe.ts',
    code: "export const r = fetch('x');\n",
    rule: 'no-restricted-globals',
  },
  'a worker touches the page': {
    file: 'src/sql/worker/probe.ts',
    code: 'export const t = document.title;\n',
    rule: 'no-restricted-globals',
  },
  'a worker client reads storage': {
    file: 'src/rehearsal/worker/probe.ts',
    code: "export const t = localStorage.getItem('x');\n",
    rule: 'no-restricted-globals',
  },
  'a worker imports a Node built-in': {
    file: 'src/integrity/worker/probe.ts',
    code: importing('node:fs'),
    rule: 'no-restricted-imports',
  },
};

export const ALLOWED: Record<string, { file: string; code: string }> = {
  'engine imports the domain through its barrel': {
    file: 'src/engine/probe.ts',
    code: importing('../domain'),
  },
  'state imports storage': { file: 'src/state/probe.ts', code: importing('../persistence') },
  'a feature imports the store and shared UI': {
    file: 'src/features/run/probe.ts',
    code: `${importing('../../state')}import * as ui from '../../components/pager';\nexport const pager = ui;\n`,
  },
  'a pure-layer test uses bench data': {
    file: 'src/exporters/probe.test.ts',
    code: importing('../bench/engine-plans'),
  },
  'a test reads the clock': { file: 'src/engine/probe.test.ts', code: 'export const t = Date.now();\n' },
  "a screen starts its subsystem's worker through the client": {
    file: 'src/features/export-check/probe.ts',
    code: importing('../../integrity/worker/client'),
  },
  'the app starts the SQL worker': { file: 'src/app/probe.ts', code: importing('../sql/worker/client') },
  'a worker entry imports its subsystem and talks to the worker global': {
    file: 'src/integrity/worker/probe.ts',
    code: `${importing('../protocol')}postMessage(target);\nexport const at = location.href;\n`,
  },
};
