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

/** `file` imports `specifier` across a layer wall: import-x/no-restricted-paths objects, saying `says`. */
const crosses = (file: string, specifier: string, says?: RegExp): Wall => ({
  file,
  code: importing(specifier),
  rule: PATHS,
  says,
});

/** `file` imports a package its layer may not use (React, Dexie, zustand, Mermaid, Node built-ins). */
const usesPackage = (file: string, specifier: string): Wall => ({
  file,
  code: importing(specifier),
  rule: 'no-restricted-imports',
});

/** `file` runs `code` that the pure core's rules forbid (a global, the clock, randomness): `rule` objects. */
const breaks = (file: string, rule: string, code: string): Wall => ({ file, code, rule });

export const WALLS: Record<string, Wall> = {
  'domain imports the store through its barrel': crosses(
    'src/domain/probe.ts',
    '../state',
    /domain\/ may not import state\//,
  ),
  'domain imports the engine': crosses('src/domain/probe.ts', '../engine'),
  'a path that wanders into the store': crosses(
    'src/domain/probe.ts',
    '../engine/../state/index',
    /may not import state\//,
  ),
  'engine imports an exporter': crosses('src/engine/probe.ts', '../exporters/runbook'),
  'exporters import storage through its barrel': crosses('src/exporters/probe.ts', '../persistence'),
  'sql imports the rehearsal': crosses('src/sql/probe.ts', '../rehearsal'),
  'integrity imports sql': crosses('src/integrity/probe.ts', '../sql'),
  'rehearsal imports integrity': crosses('src/rehearsal/probe.ts', '../integrity'),
  'verify imports the store': crosses('src/verify/probe.ts', '../state'),
  'persistence imports the store': crosses('src/persistence/probe.ts', '../state'),
  'state imports an exporter': crosses(
    'src/state/probe.ts',
    '../exporters/runbook',
    /state\/ may not import exporters\//,
  ),
  'state imports a screen': crosses('src/state/probe.ts', '../features/run/audit-panel'),
  'a feature imports another feature': crosses(
    'src/features/drafts/probe.ts',
    '../run/audit-panel',
    /Features do not import each other/,
  ),
  'a feature imports storage': crosses('src/features/drafts/probe.ts', '../../persistence'),
  'components import the store': crosses('src/components/probe.ts', '../state'),
  'components import storage': crosses('src/components/probe.ts', '../persistence'),
  'components import a screen': crosses('src/components/probe.ts', '../features/run/audit-panel'),
  'the app imports the CLI': crosses('src/app/probe.ts', '../cli/run-cli'),
  'the CLI imports the store': crosses('src/cli/probe.ts', '../state'),
  'the integrity worker imports sql': crosses(
    'src/integrity/worker/probe.ts',
    '../../sql',
    /integrity\/ may not import sql\//,
  ),
  'the pure core imports its own worker edge': crosses(
    'src/integrity/probe.ts',
    './worker/client',
    /integrity\/ may not import a worker\/ folder/,
  ),
  'the store starts the SQL worker': crosses(
    'src/state/probe.ts',
    '../sql/worker/client',
    /state\/ may not import a worker\/ folder/,
  ),
  'shared UI starts a worker': crosses('src/components/probe.ts', '../exporters/worker/share-link-client'),
  'the CLI reaches a worker edge': crosses('src/cli/probe.ts', '../sql/worker/protocol'),
  "one subsystem's worker reaches another's": crosses(
    'src/rehearsal/worker/probe.ts',
    '../../sql/worker/protocol',
    /rehearsal\/worker\/ may not import another subsystem's worker\/ folder/,
  ),
  'product code imports a bench': crosses('src/exporters/probe.ts', '../bench/engine-plans'),
  'a pure-layer test imports the store': crosses('src/engine/probe.test.ts', '../state'),
  'domain imports React': usesPackage('src/domain/probe.ts', 'react'),
  'engine imports Dexie': usesPackage('src/engine/probe.ts', 'dexie'),
  'exporters import mermaid': usesPackage('src/exporters/probe.ts', 'mermaid'),
  'sql imports zustand': usesPackage('src/sql/probe.ts', 'zustand'),
  'a feature imports Dexie': usesPackage('src/features/run/probe.ts', 'dexie'),
  'components build a store': usesPackage('src/components/probe.ts', 'zustand'),
  'integrity imports a Node built-in': usesPackage('src/integrity/probe.ts', 'node:fs'),
  'engine reads the clock': breaks(
    'src/engine/probe.ts',
    'no-restricted-properties',
    'export const t = Date.now();\n',
  ),
  'domain makes a date from the clock': breaks(
    'src/domain/probe.ts',
    'no-restricted-syntax',
    'export const t = new Date();\n',
  ),
  'exporters draw a random id': breaks(
    'src/exporters/probe.ts',
    'no-restricted-properties',
    'export const id = Math.random();\n',
  ),
  'rehearsal touches the page': breaks(
    'src/rehearsal/probe.ts',
    'no-restricted-globals',
    'export const t = document.title;\n',
  ),
  'sql sets a timer': breaks(
    'src/sql/probe.ts',
    'no-restricted-globals',
    'export const t = setTimeout(() => undefined, 1);\n',
  ),
  'integrity fetches': breaks(
    'src/integrity/probe.ts',
    'no-restricted-globals',
    "export const r = fetch('x');\n",
  ),
  'a worker touches the page': breaks(
    'src/sql/worker/probe.ts',
    'no-restricted-globals',
    'export const t = document.title;\n',
  ),
  'a worker client reads storage': breaks(
    'src/rehearsal/worker/probe.ts',
    'no-restricted-globals',
    "export const t = localStorage.getItem('x');\n",
  ),
  'a worker imports a Node built-in': usesPackage('src/integrity/worker/probe.ts', 'node:fs'),
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
