import type { AlterTableCmd, ColumnDef, Node } from 'libpg-query';
import { columnType, defElemNames, stringValues, tableRef, unwrap, type TableRef } from './pg-ast';
import type { PgParserModule } from './parse-postgres';
import {
  columnFinding,
  onExisting,
  type PgScriptState,
  type RawFinding,
  type StatementVerdict,
} from './pg-state';

/** Issue 22's rules: Squawk's list and pgfence's footguns beyond PG-030. */

const INT_TYPES = new Set(['int4', 'int2', 'serial', 'serial4', 'smallserial', 'serial2']);
const SERIALS = new Set(['serial', 'serial4', 'serial8', 'bigserial', 'smallserial', 'serial2']);
const MAX_IDENTIFIER_BYTES = 63;

const bytes = (s: string): number => new TextEncoder().encode(s).length;

/** Any run of 64 characters without a separator: a cheap test, one pass, no regex backtracking. */
function hasLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // space, tab, newline, CR, ',', ';', '(', ')', '.'
    if (c <= 32 || c === 44 || c === 59 || c === 40 || c === 41 || c === 46) run = 0;
    else if (++run >= 64) return true;
  }
  return false;
}

/**
 * PG-057: names PostgreSQL cuts to 63 bytes without saying so. The parse tree already holds the cut
 * name, so the scanner's identifier tokens are read, and only for a statement with a long enough word.
 */
export function longIdentifiers(
  parser: PgParserModule,
  text: string,
  table: TableRef | null,
  out: RawFinding[],
): void {
  if (!hasLongWord(text)) return;
  try {
    for (const token of parser.scanSync(text).tokens) {
      if (token.tokenName !== 'IDENT') continue;
      const name = token.text.startsWith('"') ? token.text.slice(1, -1).replaceAll('""', '"') : token.text;
      if (bytes(name) > MAX_IDENTIFIER_BYTES) out.push({ ruleId: 'PG-057', table, detail: name });
    }
  } catch {
    // The statement parsed, so the scanner reads it; nothing to add if it somehow does not.
  }
}

/** Advice on a new column's type (PG-031..035), as Squawk gives it; only for columns being created. */
export function columnTypeAdvice(
  def: ColumnDef | undefined,
  table: TableRef | null,
  out: RawFinding[],
): void {
  const type = columnType(def?.typeName);
  const column = def?.colname;
  if (type === null || column === undefined) return;
  const add = (ruleId: RawFinding['ruleId']) => out.push({ ruleId, table, detail: `${column} ${type.name}` });
  if (type.name === 'bpchar') add('PG-031');
  if (INT_TYPES.has(type.name)) add('PG-032');
  if (SERIALS.has(type.name)) add('PG-033');
  if (type.name === 'varchar' && type.length !== null) add('PG-034');
  if (type.name === 'timestamp') add('PG-035');
}

/** PG-044: the same column named twice in one list; PostgreSQL refuses the statement. */
export function duplicateNames(
  names: readonly (string | undefined)[],
  table: TableRef | null,
  out: RawFinding[],
): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === undefined) continue;
    if (seen.has(name)) out.push({ ruleId: 'PG-044', table, detail: name });
    seen.add(name);
  }
}

const RLS: Record<string, string> = {
  AT_EnableRowSecurity: 'ENABLE',
  AT_DisableRowSecurity: 'DISABLE',
  AT_ForceRowSecurity: 'FORCE',
  AT_NoForceRowSecurity: 'NO FORCE',
};
const DISABLE_TRIGGER: Record<string, string> = {
  AT_DisableTrig: 'one trigger',
  AT_DisableTrigAll: 'ALL: foreign key checks too',
  AT_DisableTrigUser: 'USER triggers',
};

/** ALTER TABLE subcommands covered by issue 22's rules; returns false for the others. */
export function moreCommandRules(
  cmd: AlterTableCmd,
  table: TableRef,
  state: PgScriptState,
  out: RawFinding[],
): boolean {
  const subtype = cmd.subtype ?? '';
  const rls = RLS[subtype];
  if (rls !== undefined) {
    onExisting(state, out, { ruleId: 'PG-052', table, detail: `${rls} ROW LEVEL SECURITY` });
    return true;
  }
  const trigger = DISABLE_TRIGGER[subtype];
  if (trigger !== undefined) {
    onExisting(state, out, { ruleId: 'PG-048', table, detail: cmd.name ?? trigger });
    return true;
  }
  switch (subtype) {
    case 'AT_DetachPartition': {
      const part = unwrap(cmd.def, 'PartitionCmd');
      if (part?.concurrent !== true) out.push({ ruleId: 'PG-042', table, detail: part?.name?.relname });
      else if (state.inTransaction) out.push({ ruleId: 'PG-009', table });
      return true;
    }
    case 'AT_AttachPartition': {
      const partition = tableRef(unwrap(cmd.def, 'PartitionCmd')?.name);
      // The partition is what gets scanned, so its size is what counts.
      onExisting(state, out, { ruleId: 'PG-043', table: partition, detail: `into ${table.name}` });
      return true;
    }
    case 'AT_ReplicaIdentity': {
      const kind = unwrap(cmd.def, 'ReplicaIdentityStmt')?.identity_type;
      if (kind === 'f' || kind === 'n') {
        onExisting(state, out, { ruleId: 'PG-049', table, detail: kind === 'f' ? 'FULL' : 'NOTHING' });
      }
      return true;
    }
    case 'AT_DropConstraint':
      onExisting(state, out, {
        ruleId: cmd.behavior === 'DROP_CASCADE' ? 'PG-051' : 'PG-050',
        table,
        detail: cmd.name,
      });
      return true;
    case 'AT_AddInherit':
    case 'AT_DropInherit': {
      const parent = unwrap(cmd.def, 'RangeVar')?.relname ?? '';
      const detail = `${subtype === 'AT_AddInherit' ? 'INHERIT' : 'NO INHERIT'} ${parent}`;
      onExisting(state, out, { ruleId: 'PG-053', table, detail });
      return true;
    }
    case 'AT_DropNotNull':
      onExisting(state, out, columnFinding('PG-045', table, cmd.name));
      return true;
    case 'AT_DropIdentity':
      onExisting(state, out, { ruleId: 'PG-047', table, detail: `${cmd.name ?? ''} DROP IDENTITY` });
      return true;
    case 'AT_AddIdentity':
    case 'AT_SetIdentity':
      if (identityAlways(cmd)) {
        onExisting(state, out, { ruleId: 'PG-047', table, detail: `${cmd.name ?? ''} GENERATED ALWAYS` });
      }
      return true;
    default:
      return false;
  }
}

/** GENERATED ALWAYS refuses ids that old code supplies; BY DEFAULT takes them. 97 is 'a'. */
function identityAlways(cmd: AlterTableCmd): boolean {
  const constraint = unwrap(cmd.def, 'Constraint');
  if (constraint !== undefined) return constraint.generated_when === 'a';
  const items = unwrap(cmd.def, 'List')?.items ?? [];
  return items.some((n) => {
    const def = unwrap(n, 'DefElem');
    return def?.defname === 'generated' && unwrap(def.arg, 'Integer')?.ival === 97;
  });
}

const verdict = (findings: RawFinding[], table: TableRef | null = null): StatementVerdict => ({
  findings,
  table,
});

/** Statements other than ALTER TABLE that issue 22's rules judge; undefined for the rest. */
export function moreStatementRules(stmt: Node | undefined): StatementVerdict | undefined {
  const alterEnum = unwrap(stmt, 'AlterEnumStmt');
  if (alterEnum !== undefined) {
    const type = stringValues(alterEnum.typeName).join('.');
    if (alterEnum.oldVal !== undefined) {
      return verdict([
        {
          ruleId: 'PG-046',
          table: null,
          detail: `${type}: '${alterEnum.oldVal}' -> '${alterEnum.newVal ?? ''}'`,
        },
      ]);
    }
    return verdict(
      alterEnum.newValNeighbor === undefined
        ? [{ ruleId: 'PG-041', table: null, detail: `${type} '${alterEnum.newVal ?? ''}'` }]
        : [],
    );
  }
  const domain = unwrap(stmt, 'AlterDomainStmt');
  if (domain !== undefined) {
    const name = stringValues(domain.typeName).join('.');
    const constraint = unwrap(domain.def, 'Constraint');
    const adds = domain.subtype === 'C' && constraint?.skip_validation !== true;
    return verdict(adds ? [{ ruleId: 'PG-038', table: null, detail: name }] : []);
  }
  const createDomain = unwrap(stmt, 'CreateDomainStmt');
  if (createDomain !== undefined) {
    const checks = (createDomain.constraints ?? []).some(
      (n) => unwrap(n, 'Constraint')?.contype === 'CONSTR_CHECK',
    );
    return verdict(
      checks
        ? [{ ruleId: 'PG-039', table: null, detail: stringValues(createDomain.domainname).join('.') }]
        : [],
    );
  }
  const publication = unwrap(stmt, 'CreatePublicationStmt') ?? unwrap(stmt, 'AlterPublicationStmt');
  if (publication !== undefined) {
    const alter = unwrap(stmt, 'AlterPublicationStmt');
    // Removing tables or changing options does not make anything start failing.
    if (alter !== undefined && alter.action !== 'AP_AddObjects' && alter.action !== 'AP_SetObjects')
      return verdict([]);
    return verdict([{ ruleId: 'PG-055', table: null, detail: publication.pubname }]);
  }
  const subscription = unwrap(stmt, 'CreateSubscriptionStmt');
  if (subscription !== undefined) {
    const noCopy =
      !defElemNames(subscription.options).includes('copy_data') && (subscription.options ?? []).length > 0;
    return verdict([
      {
        ruleId: 'PG-056',
        table: null,
        detail: `${subscription.subname ?? ''}${noCopy ? '' : ', copies the data first'}`,
      },
    ]);
  }
  if (unwrap(stmt, 'AlterSubscriptionStmt') !== undefined) return verdict([]);
  const dropSubscription = unwrap(stmt, 'DropSubscriptionStmt');
  if (dropSubscription !== undefined) {
    return verdict([
      { ruleId: 'PG-026', table: null, detail: `subscription ${dropSubscription.subname ?? ''}` },
    ]);
  }
  return undefined;
}
