import type { Plan } from '../domain';

export type ChangeKind = 'added' | 'removed' | 'changed';

export type Change = {
  kind: ChangeKind;
  /** Field path in the load pipeline's format, e.g. `execution.phases[1].name` (in the newer plan). */
  path: string;
  /** Human words, e.g. `Phase “Backfill” › Verification`. */
  label: string;
  before: string | null;
  after: string | null;
};

export type DiffSection = { id: string; title: string; changes: Change[] };

type Value = unknown;

const SECTIONS: Array<{ id: string; title: string; keys: string[] }> = [
  {
    id: 'details',
    title: 'Plan details',
    // Not the id or the creation time: two drafts always differ there (a duplicate, a re-import), and
    // listing them on every comparison was noise around the changes a reviewer is looking for.
    keys: ['title', 'summary', 'owners', 'targetDate', 'formatVersion'],
  },
  { id: 'assessment', title: 'Assessment', keys: ['assessment'] },
  { id: 'strategy', title: 'Strategy', keys: ['strategy'] },
  { id: 'rollback', title: 'Rollback', keys: ['rollback'] },
  { id: 'execution', title: 'Execution', keys: ['execution'] },
  { id: 'run', title: 'Migration day (run state)', keys: ['run', 'auditLog'] },
];

/** Labels where sentence-casing the key would read badly. */
const WORDS: Record<string, string> = {
  id: 'Id',
  adr: 'ADR',
  targetDate: 'Target date',
  createdAt: 'Created',
  formatVersion: 'Format version',
  ruleId: 'Rule',
  forwardSql: 'Forward SQL',
  rollbackSql: 'Rollback SQL',
  currentSchemaSql: 'Current schema SQL',
  sql: 'SQL',
  soakHours: 'Soak (hours)',
  durationMinutes: 'Duration (minutes)',
  windowMinutes: 'Window (minutes)',
  pointOfNoReturn: 'Point of no return',
  auditLog: 'Audit log',
  avgRowBytes: 'Average row bytes',
  rowsPerSecond: 'Rows per second',
  run: 'Run',
};

export const humanKey = (key: string) =>
  WORDS[key] ??
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/ ([A-Z])(?=[a-z])/g, (m) => m.toLowerCase());

const isRecord = (v: Value): v is Record<string, Value> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const show = (v: Value): string | null => {
  if (v === undefined) return null;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
};

/** How items of a list are matched between the two plans: by id, by edge, or by their value. */
function keyOf(item: Value): string {
  if (isRecord(item)) {
    if (typeof item['id'] === 'string') return `id:${item['id']}`;
    if (typeof item['phaseId'] === 'string' && 'status' in item) return `phase:${item['phaseId']}`;
    if (typeof item['from'] === 'string' && typeof item['to'] === 'string')
      return `edge:${item['from']}>${item['to']}`;
  }
  return `value:${JSON.stringify(item)}`;
}

function itemName(item: Value, fallback: string): string {
  if (!isRecord(item)) return typeof item === 'string' ? `“${item.slice(0, 60)}”` : fallback;
  for (const key of ['name', 'label', 'description', 'text', 'target', 'environment']) {
    const v = item[key];
    if (typeof v === 'string' && v.trim() !== '') return `“${v.slice(0, 60)}”`;
  }
  if (typeof item['from'] === 'string' && typeof item['to'] === 'string')
    return `${item['from']} → ${item['to']}`;
  if (typeof item['id'] === 'string') return item['id'];
  if (typeof item['phaseId'] === 'string') return `phase ${item['phaseId']}`;
  if (typeof item['at'] === 'string') return item['at'];
  return fallback;
}

/** "Phases" -> "Phase", for naming one item of a list. */
const singular = (label: string) => label.replace(/ies$/, 'y').replace(/s$/, '');

function diffValue(a: Value, b: Value, path: string, label: string, out: Change[]): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const sub = label === '' ? humanKey(key) : `${label} › ${humanKey(key)}`;
      diffValue(a[key], b[key], join(key), sub, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const listA: Value[] = a;
    const listB: Value[] = b;
    const one = singular(label.split(' › ').at(-1) ?? label);
    const prefix = label.split(' › ').slice(0, -1).join(' › ');
    const named = (item: Value, i: number) =>
      `${prefix === '' ? '' : `${prefix} › `}${one} ${itemName(item, `#${i + 1}`)}`;
    const before = new Map(listA.map((item, i) => [keyOf(item), { item, i }]));
    const after = new Map(listB.map((item, i) => [keyOf(item), { item, i }]));
    listB.forEach((item, i) => {
      const old = before.get(keyOf(item));
      if (!old)
        out.push({
          kind: 'added',
          path: `${path}[${i}]`,
          label: named(item, i),
          before: null,
          after: show(item),
        });
      else diffValue(old.item, item, `${path}[${i}]`, named(item, i), out);
    });
    listA.forEach((item, i) => {
      if (!after.has(keyOf(item)))
        out.push({
          kind: 'removed',
          path: `${path}[${i}]`,
          label: named(item, i),
          before: show(item),
          after: null,
        });
    });
    const order = (list: Value[], other: Map<string, unknown>) => list.map(keyOf).filter((k) => other.has(k));
    if (JSON.stringify(order(listA, after)) !== JSON.stringify(order(listB, before)))
      out.push({
        kind: 'changed',
        path,
        label: `${label} (order)`,
        before: 'previous order',
        after: 'new order',
      });
    return;
  }
  const kind: ChangeKind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
  out.push({ kind, path, label, before: show(a), after: show(b) });
}

/**
 * What changed from `before` (last week's plan, another draft, an imported file) to `after`, section
 * by section. List items are matched by id (or edge, or value), so a reordered or inserted phase
 * reads as that, not as every later phase changed.
 */
export function diffPlans(before: Plan, after: Plan): DiffSection[] {
  const a = before as unknown as Record<string, Value>;
  const b = after as unknown as Record<string, Value>;
  return SECTIONS.map((section) => {
    const changes: Change[] = [];
    for (const key of section.keys) {
      const top = section.id === 'details' || key === 'auditLog' ? humanKey(key) : '';
      diffValue(a[key], b[key], key, top, changes);
    }
    return { id: section.id, title: section.title, changes };
  });
}

export const countChanges = (sections: DiffSection[]) => sections.reduce((n, s) => n + s.changes.length, 0);
