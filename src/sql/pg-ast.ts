import type { Node, RangeVar, TypeName } from 'libpg-query';

type NodeKey = Node extends infer N ? (N extends Record<infer K, unknown> ? K : never) : never;
type NodeOf<K extends NodeKey> = Extract<Node, Record<K, unknown>>[K];

/** Unwraps a parse-tree node of the given kind, e.g. `unwrap(stmt, 'IndexStmt')`. */
export function unwrap<K extends NodeKey>(node: Node | undefined, key: K): NodeOf<K> | undefined {
  if (node === undefined || !(key in node)) return undefined;
  return (node as unknown as Record<K, NodeOf<K>>)[key];
}

/** The node's kind, e.g. 'AlterTableStmt'. */
export function nodeKind(node: Node | undefined): string {
  return node === undefined ? '' : (Object.keys(node)[0] ?? '');
}

export function stringValues(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).flatMap((n) => {
    const s = unwrap(n, 'String')?.sval;
    return s === undefined ? [] : [s];
  });
}

export type TableRef = { schema: string | null; name: string };

export function tableRef(rel: RangeVar | undefined): TableRef | null {
  if (rel?.relname === undefined) return null;
  return { schema: rel.schemaname ?? null, name: rel.relname };
}

/** A DROP's object: a List of name parts, the last being the object's own name. */
export function dropObjectRef(node: Node | undefined): TableRef | null {
  const parts = stringValues(unwrap(node, 'List')?.items);
  const name = parts[parts.length - 1];
  if (name === undefined) {
    const single = unwrap(node, 'String')?.sval;
    return single === undefined ? null : { schema: null, name: single };
  }
  return { schema: parts.length > 1 ? (parts[parts.length - 2] ?? null) : null, name };
}

export function qualifiedName(ref: TableRef | null): string | null {
  if (ref === null) return null;
  return ref.schema === null ? ref.name : `${ref.schema}.${ref.name}`;
}

export type ColumnType = { name: string; length: number | null; isArray: boolean };

/** Normalised type: pg_catalog prefix dropped, first type modifier kept (varchar length). */
export function columnType(typeName: TypeName | undefined): ColumnType | null {
  const names = stringValues(typeName?.names);
  const name = names[names.length - 1];
  if (name === undefined) return null;
  const firstMod = typeName?.typmods?.[0];
  const length = unwrap(firstMod, 'A_Const')?.ival?.ival ?? null;
  return { name: name.toLowerCase(), length, isArray: (typeName?.arrayBounds?.length ?? 0) > 0 };
}

export function sameType(a: ColumnType, b: ColumnType): boolean {
  return a.name === b.name && a.length === b.length && a.isArray === b.isArray;
}

/** Every function name called anywhere inside an expression tree. */
export function calledFunctions(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) calledFunctions(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'FuncCall') {
        const call = child as { funcname?: Node[] };
        const names = stringValues(call.funcname);
        const last = names[names.length - 1];
        if (last !== undefined) out.push(last.toLowerCase());
      }
      calledFunctions(child, out);
    }
  }
  return out;
}

/**
 * Functions known not to be volatile, so a DEFAULT calling them is evaluated once and stored
 * in the catalog (PostgreSQL 11+), without a rewrite. Anything else is assumed volatile: we
 * cannot see pg_proc, and a wrong "safe" is worse than a question.
 */
const NON_VOLATILE_FUNCTIONS = new Set([
  'now',
  'transaction_timestamp',
  'statement_timestamp',
  'current_setting',
  'lower',
  'upper',
  'btrim',
  'trim',
  'concat',
  'coalesce',
  'nullif',
  'greatest',
  'least',
  'abs',
  'round',
  'to_jsonb',
  'to_json',
  'jsonb_build_object',
  'json_build_object',
  'jsonb_build_array',
  'array_fill',
  'make_date',
  'make_interval',
  'to_timestamp',
  'date_trunc',
]);

export function volatileFunctions(expr: unknown): string[] {
  return calledFunctions(expr).filter((name) => !NON_VOLATILE_FUNCTIONS.has(name));
}

export function defElemNames(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).flatMap((n) => {
    const def = unwrap(n, 'DefElem');
    if (def?.defname === undefined) return [];
    // `FULL false` / `CONCURRENTLY false` switch the option off.
    const arg = def.arg;
    const integer = arg === undefined ? undefined : unwrap(arg, 'Integer');
    const text = arg === undefined ? undefined : unwrap(arg, 'String')?.sval?.toLowerCase();
    const off =
      (arg !== undefined && unwrap(arg, 'Boolean')?.boolval === false) ||
      (integer !== undefined && (integer.ival ?? 0) === 0) ||
      text === 'false' ||
      text === 'off' ||
      text === '0';
    return off ? [] : [def.defname.toLowerCase()];
  });
}
