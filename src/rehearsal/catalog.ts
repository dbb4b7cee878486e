import * as Q from './catalog-queries';
import type { Db } from './types';

type Named = { name: string; def: string };
type Column = {
  rel: string;
  name: string;
  type: string;
  notnull: boolean;
  def: string;
  identity: string;
  generated: string;
  position: number;
};

/** The schema as the rollback must restore it; maps are keyed by the name a person would write. */
export type CatalogSnapshot = {
  schemas: Set<string>;
  relations: Map<string, { kind: string; def: string }>;
  columns: Map<string, Column>;
  indexes: Map<string, string>;
  constraints: Map<string, string>;
  sequences: Map<string, string>;
  /** Each sequence's last value: part of the state a rollback must restore. */
  sequenceValues: Map<string, string>;
  triggers: Map<string, string>;
  functions: Map<string, string>;
  types: Map<string, string>;
  extensions: Map<string, string>;
};

const KIND: Record<string, string> = {
  r: 'table',
  p: 'partitioned table',
  v: 'view',
  m: 'materialized view',
  f: 'foreign table',
};

async function rows<T>(db: Db, sql: string): Promise<T[]> {
  return (await db.query<T>(sql)).rows;
}

const byName = (list: Named[]) => new Map(list.map((r) => [r.name, r.def]));

export async function snapshotCatalog(db: Db): Promise<CatalogSnapshot> {
  const rels = await rows<Named & { kind: string }>(db, Q.RELATIONS_SQL);
  const cols = await rows<Column>(db, Q.COLUMNS_SQL);
  const idx = await rows<Named & { rel: string }>(db, Q.INDEXES_SQL);
  const cons = await rows<Named & { rel: string; kind: string }>(db, Q.CONSTRAINTS_SQL);
  const trg = await rows<Named & { rel: string }>(db, Q.TRIGGERS_SQL);
  return {
    schemas: new Set((await rows<{ name: string }>(db, Q.SCHEMAS_SQL)).map((r) => r.name)),
    relations: new Map(rels.map((r) => [r.name, { kind: KIND[r.kind] ?? r.kind, def: r.def }])),
    columns: new Map(cols.map((c) => [`${c.rel}.${c.name}`, c])),
    indexes: new Map(idx.map((i) => [i.name, i.def])),
    // Constraint names are unique per table, not per schema.
    constraints: new Map(cons.map((c) => [`${c.name} on ${c.rel}`, c.def])),
    sequences: byName(await rows<Named>(db, Q.SEQUENCES_SQL)),
    sequenceValues: byName(await rows<Named>(db, Q.SEQUENCE_VALUES_SQL)),
    triggers: new Map(trg.map((t) => [`${t.name} on ${t.rel}`, t.def])),
    functions: byName(await rows<Named>(db, Q.FUNCTIONS_SQL)),
    types: byName(await rows<Named>(db, Q.TYPES_SQL)),
    extensions: byName(await rows<Named>(db, Q.EXTENSIONS_SQL)),
  };
}

function diffMap(label: string, before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [name, def] of before) {
    const now = after.get(name);
    if (now === undefined) out.push(`${label} ${name} missing`);
    else if (now !== def) out.push(`${label} ${name} changed: was "${def}", now "${now}"`);
  }
  for (const name of after.keys()) if (!before.has(name)) out.push(`${label} ${name} still exists`);
  return out;
}

function diffColumn(key: string, was: Column, now: Column): string[] {
  const out: string[] = [];
  if (was.type !== now.type) out.push(`column ${key} type is ${now.type}, was ${was.type}`);
  if (was.notnull !== now.notnull)
    out.push(
      `column ${key} is ${now.notnull ? 'NOT NULL' : 'nullable'}, was ${was.notnull ? 'NOT NULL' : 'nullable'}`,
    );
  if (was.def !== now.def)
    out.push(`column ${key} default is ${now.def || 'none'}, was ${was.def || 'none'}`);
  if (was.identity !== now.identity || was.generated !== now.generated)
    out.push(`column ${key} identity or generation changed`);
  if (was.position !== now.position)
    out.push(`column ${key} is at position ${now.position}, was ${was.position}`);
  return out;
}

/**
 * A precise, readable list of what the rollback did not restore: "column orders.note still exists",
 * "index orders_customer_idx missing". Empty means identical.
 */
export function diffCatalog(before: CatalogSnapshot, after: CatalogSnapshot): string[] {
  const out: string[] = [];
  for (const s of before.schemas) if (!after.schemas.has(s)) out.push(`schema ${s} missing`);
  for (const s of after.schemas) if (!before.schemas.has(s)) out.push(`schema ${s} still exists`);
  for (const [name, rel] of before.relations) {
    const now = after.relations.get(name);
    if (!now) out.push(`${rel.kind} ${name} missing`);
    else if (now.kind !== rel.kind) out.push(`${name} is a ${now.kind}, was a ${rel.kind}`);
    else if (now.def !== rel.def) out.push(`${rel.kind} ${name} definition changed`);
  }
  for (const [name, rel] of after.relations)
    if (!before.relations.has(name)) out.push(`${rel.kind} ${name} still exists`);
  for (const [key, col] of before.columns) {
    // A missing relation is already reported once; do not list each of its columns.
    if (!after.relations.has(col.rel)) continue;
    const now = after.columns.get(key);
    if (!now) out.push(`column ${key} missing`);
    else out.push(...diffColumn(key, col, now));
  }
  for (const [key, col] of after.columns)
    if (!before.columns.has(key) && before.relations.has(col.rel)) out.push(`column ${key} still exists`);
  out.push(...diffMap('index', before.indexes, after.indexes));
  out.push(...diffMap('constraint', before.constraints, after.constraints));
  out.push(...diffMap('sequence', before.sequences, after.sequences));
  // A sequence that is gone or new is already said above; only its value is added here.
  const kept = (m: Map<string, string>, other: Map<string, string>) =>
    new Map([...m].filter(([name]) => other.has(name)));
  out.push(
    ...diffMap(
      'sequence value of',
      kept(before.sequenceValues, after.sequenceValues),
      kept(after.sequenceValues, before.sequenceValues),
    ),
  );
  out.push(...diffMap('trigger', before.triggers, after.triggers));
  out.push(...diffMap('function', before.functions, after.functions));
  out.push(...diffMap('type', before.types, after.types));
  out.push(...diffMap('extension', before.extensions, after.extensions));
  return out;
}
