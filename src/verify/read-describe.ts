import type { SqlDialect, VerifyForeignKey, VerifyTableFacts } from '../domain';
import type { OutputRow } from './parse-output';
import { countField } from './read-rows';
import { typeClassOf } from './type-class';

const nullable = (v: string | undefined) => (v === undefined || v === '' || v === 'NULL' ? null : v);
const byPos = <T extends { pos: number }>(a: T, b: T) => a.pos - b.pos;

/** The table's facts from a describe round's rows, or why they cannot be used. */
export function readDescribe(
  rows: OutputRow[],
  dialect: SqlDialect,
  table: string,
  sideName: string,
): VerifyTableFacts | { error: string } {
  const columns = rows
    .filter((r) => r.kind === 'column')
    .map((r) => {
      const [name = '', dataType = '', udt = '', typtype = '', pos = '0'] = r.fields;
      const typeClass = typeClassOf(dialect, dataType, udt, typtype);
      const shown = dialect === 'mysql' ? udt || dataType : dataType === 'USER-DEFINED' ? udt : dataType;
      return { pos: Number(pos), column: { name, dataType: shown.slice(0, 500), typeClass } };
    })
    .sort(byPos)
    .map((c) => c.column);
  if (columns.length === 0)
    return {
      error: `The ${sideName} has no table ${table} (the catalog lists no columns for it): check the name and its schema.`,
    };
  const primaryKey = rows
    .filter((r) => r.kind === 'key')
    .map((r) => ({ name: r.fields[0] ?? '', pos: Number(r.fields[1] ?? 0) }))
    .sort(byPos)
    .map((k) => k.name);
  const count = rows.find((r) => r.kind === 'count');
  const total = countField(count?.fields[0]);
  if (!count || total === null) return { error: `The ${sideName}'s row count is missing from the paste.` };
  return {
    columns,
    primaryKey,
    foreignKeys: foreignKeys(rows),
    rows: Number(total),
    keyMin: nullable(count.fields[1]),
    keyMax: nullable(count.fields[2]),
  };
}

function foreignKeys(rows: OutputRow[]): VerifyForeignKey[] {
  const groups = new Map<string, { pos: number; col: string; parent: string; pcol: string }[]>();
  for (const r of rows.filter((x) => x.kind === 'fk')) {
    const [name = '', col = '', cschema = '', pschema = '', ptable = '', pcol = '', pos = '0'] = r.fields;
    // A parent in the child's own schema is named without it, so the other side looks beside its table.
    const parent = pschema === cschema ? ptable : `${pschema}.${ptable}`;
    const list = groups.get(name) ?? [];
    list.push({ pos: Number(pos), col, parent, pcol });
    groups.set(name, list);
  }
  return [...groups].slice(0, 200).map(([name, parts]) => {
    parts.sort(byPos);
    return {
      name: name.slice(0, 500),
      columns: parts.map((p) => p.col).slice(0, 16),
      parentTable: parts[0]?.parent ?? '',
      parentColumns: parts.map((p) => p.pcol).slice(0, 16),
    };
  });
}
