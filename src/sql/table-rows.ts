import type { Component } from '../domain/assessment';
import type { TableRates } from './types';

const IDENTIFIER_START = /^[\p{L}\p{N}_$.]*/u;

/**
 * The first identifier of a component's name, lower-cased: "Orders (primary)" -> "orders",
 * "public.orders table" -> "public.orders". Identifier characters are letters, digits, _ and $,
 * with dots joining schema and table.
 */
export function firstIdentifier(name: string): string {
  // One match, not a test per character: it runs for every component each time the plan changes.
  const out = IDENTIFIER_START.exec(name.trim())?.[0] ?? '';
  return out.replace(/\.+$/u, '').toLowerCase();
}

/**
 * Row counts by table name from the plan's components, matched by the component name's first
 * identifier, case-insensitively. A "schema.table" name also answers for "table". When two
 * components claim a name, a component of kind "table" wins, then the larger count, so that a
 * collision can only make the analysis more cautious.
 */
export function tableRowsFromComponents(
  components: readonly Pick<Component, 'name' | 'kind' | 'rows'>[],
): Record<string, number> {
  const rows: Record<string, number> = {};
  const fromTable: Record<string, boolean> = {};
  const put = (key: string, count: number, isTable: boolean): void => {
    if (key === '') return;
    const prev = rows[key];
    const prevIsTable = fromTable[key] ?? false;
    if (prev === undefined || (isTable && !prevIsTable) || (isTable === prevIsTable && count > prev)) {
      rows[key] = count;
      fromTable[key] = isTable;
    }
  };
  for (const component of components) {
    const key = firstIdentifier(component.name);
    const isTable = component.kind === 'table';
    put(key, component.rows, isTable);
    const dot = key.lastIndexOf('.');
    if (dot >= 0) put(key.slice(dot + 1), component.rows, isTable);
  }
  return rows;
}

/** Looks a table up by "schema.table", then by bare name; null when the plan does not say. */
export function rowsFor(
  tableRows: Record<string, number> | undefined,
  schema: string | null,
  table: string | null,
): number | null {
  if (!tableRows || table === null) return null;
  const bare = table.toLowerCase();
  if (schema !== null) {
    const qualified = tableRows[`${schema.toLowerCase()}.${bare}`];
    if (qualified !== undefined) return qualified;
  }
  return tableRows[bare] ?? null;
}

const rate = (c: object, key: string): number => {
  const value: unknown = (c as Record<string, unknown>)[key];
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
};

/**
 * Read and write rates by table from the plan's components, where a component carries them
 * (readsPerSecond / writesPerSecond, as the per-datastore rates of plan format v2 name them).
 * Components without rates add nothing.
 */
export function tableRatesFromComponents(
  components: readonly (Pick<Component, 'name'> & object)[],
): Record<string, TableRates> {
  const out: Record<string, TableRates> = {};
  for (const c of components) {
    const readsPerSec = rate(c, 'readsPerSecond');
    const writesPerSec = rate(c, 'writesPerSecond');
    const key = firstIdentifier(c.name);
    if (key === '' || (readsPerSec === 0 && writesPerSec === 0)) continue;
    out[key] = { readsPerSec, writesPerSec };
    const dot = key.lastIndexOf('.');
    if (dot >= 0) out[key.slice(dot + 1)] = { readsPerSec, writesPerSec };
  }
  return out;
}
