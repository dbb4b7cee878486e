import { columnType, tableRef, unwrap } from './pg-ast';
import { columnKey, type PgScriptState } from './pg-state';
import { parsePostgresWith, type PgParserModule } from './parse-postgres';

/**
 * Column types from the schema as it is before the migration (pg_dump --schema-only), so a type
 * change is judged against the real current type (varchar(n) -> text is catalog-only). Tables in it
 * exist already: they are not "created by the script". A schema that does not parse seeds nothing.
 */
export function seedFromSchema(parser: PgParserModule, schemaSql: string, state: PgScriptState): void {
  const parsed = parsePostgresWith(parser, schemaSql);
  for (const s of parsed.statements) {
    const create = unwrap(s.stmt, 'CreateStmt');
    const table = tableRef(create?.relation ?? unwrap(s.stmt, 'AlterTableStmt')?.relation);
    if (table === null) continue;
    const defs = create
      ? (create.tableElts ?? []).flatMap((n) => unwrap(n, 'ColumnDef') ?? [])
      : (unwrap(s.stmt, 'AlterTableStmt')?.cmds ?? []).flatMap((n) => {
          const cmd = unwrap(n, 'AlterTableCmd');
          return cmd?.subtype === 'AT_AddColumn' ? (unwrap(cmd.def, 'ColumnDef') ?? []) : [];
        });
    for (const def of defs) {
      const type = columnType(def.typeName);
      if (def.colname !== undefined && type !== null)
        state.columnTypes.set(columnKey(table, def.colname), type);
    }
  }
}
