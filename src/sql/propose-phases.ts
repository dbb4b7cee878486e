import type { IntegrityCheck, Phase, PhaseStep } from '../domain/execution';
import type { AnalyzedStatement, FixStep, PhaseKindName, SqlAnalysis } from './types';

export type IdGenerator = () => string;

/** One statement swapped for its safe multi-step form. */
export type ProposedReplacement = {
  statementIndex: number;
  line: number;
  original: string;
  ruleIds: string[];
  steps: FixStep[];
};

/** Shown to the person before anything touches the plan. */
export type PhaseProposal = {
  phases: Phase[];
  replacements: ProposedReplacement[];
  /** Statements that still need a person: unclassified, or risky with no mechanical fix. */
  needsReview: number[];
  /** Transaction control and session settings left out: each phase sets its own. */
  omitted: number[];
};

export type ProposeOptions = { soakHours?: number; lockTimeout?: string };

/** Session and transaction statements are the script's plumbing, not schema work. */
const PLUMBING_KINDS = new Set([
  'TransactionStmt',
  'VariableSetStmt',
  'VariableShowStmt',
  'set',
  'transaction',
  'use',
]);
const DML_KINDS = new Set(['InsertStmt', 'UpdateStmt', 'insert', 'update', 'replace']);

/**
 * Turns analysed statements into expand, migrate and contract phases. Safe statements stay in
 * expand; DML goes to migrate; destructive and breaking statements go to contract, after the soak;
 * a statement with a safe replacement is swapped for its steps, each in the phase it belongs to.
 * Pure: ids come from `newId`, so the same input gives the same proposal.
 */
export function proposePhases(
  analysis: SqlAnalysis,
  newId: IdGenerator,
  options: ProposeOptions = {},
): PhaseProposal {
  const soak = options.soakHours ?? 24;
  const buckets: Record<PhaseKindName, { text: string; sql: string; table: string | null }[]> = {
    expand: [],
    migrate: [],
    contract: [],
  };
  const replacements: ProposedReplacement[] = [];
  const needsReview: number[] = [];
  const omitted: number[] = [];
  let deletesSource = false;
  const rowsOf = new Map<string, number | null>();

  for (const statement of analysis.statements) {
    if (PLUMBING_KINDS.has(statement.kind)) {
      omitted.push(statement.index);
      continue;
    }
    const rows = statement.findings.find((f) => f.rows !== null)?.rows ?? null;
    if (statement.table !== null && rows !== null) rowsOf.set(statement.table, rows);
    const fixes = statement.findings.flatMap((f) => (f.fix === null ? [] : [f]));
    if (fixes.length > 0 && fixes.length === strongFindings(statement)) {
      const steps = fixes.flatMap((f) => f.fix ?? []);
      replacements.push({
        statementIndex: statement.index,
        line: statement.line,
        original: statement.text,
        ruleIds: statement.ruleIds,
        steps,
      });
      for (const s of steps)
        buckets[s.phase].push({
          text: `${s.text} (replaces line ${statement.line})`,
          sql: s.sql,
          table: statement.table,
        });
      continue;
    }
    const phase = phaseFor(statement);
    if (statement.classification === 'destructive') deletesSource = true;
    if (statement.classification === 'unclassified' || statement.classification === 'risky')
      needsReview.push(statement.index);
    buckets[phase].push({ text: stepText(statement), sql: `${statement.text};`, table: statement.table });
  }

  const guard = `SET lock_timeout = '${options.lockTimeout ?? '5s'}';`;
  const build = (
    kind: PhaseKindName,
    name: string,
    verification: string,
    extra: Pick<Partial<Phase>, 'deletesSource'>,
  ): Phase[] => {
    const items = buckets[kind];
    if (items.length === 0) return [];
    const steps: PhaseStep[] = [
      {
        id: newId(),
        text: 'Session guard: give up on a lock instead of queueing every query behind it',
        sql: guard,
      },
      ...items.map((item): PhaseStep => ({ id: newId(), text: item.text, sql: item.sql })),
    ];
    return [
      {
        id: newId(),
        name,
        owner: '',
        kind,
        plannedStart: null,
        durationMinutes: null,
        steps,
        verification,
        integrityChecks: checksFor(kind, items, rowsOf, newId),
        pausable: kind === 'migrate',
        deletesSource: extra.deletesSource ?? false,
        // Expand and migrate run online, beside the old code; the contract runs after the soak.
        timing: 'online',
        // Until the contract phase, the rollback script undoes the additions; after a DROP only a
        // restore brings the old schema and its data back.
        rollbackMechanism: kind === 'contract' ? 'restore-backup' : 'revert-deploy',
        rollbackAvailableHours: null,
      },
    ];
  };
  const phases = [
    ...build(
      'expand',
      'Expand: backward-compatible schema additions',
      'Old and new application versions both work against the schema.',
      {},
    ),
    ...build(
      'migrate',
      'Migrate: backfill, validate and switch reads',
      'Integrity checks pass (row counts, checksums, referential integrity) before moving on.',
      {},
    ),
    ...build(
      'contract',
      `Contract: remove the old schema after the ${soak} h soak`,
      `Start only after the ${soak} h soak has passed without anomalies and the migration is verified; backups verified restorable.`,
      { deletesSource },
    ),
  ];
  return { phases, replacements, needsReview, omitted };
}

/**
 * The checks that gate the next phase, per table the phase touches: its rows are all still there after
 * an expand or a contract, and a backfill's new columns match what they were copied from.
 */
function checksFor(
  kind: PhaseKindName,
  items: ReadonlyArray<{ table: string | null }>,
  rowsOf: ReadonlyMap<string, number | null>,
  newId: IdGenerator,
): IntegrityCheck[] {
  const tables = [...new Set(items.map((i) => i.table).filter((t): t is string => t !== null))];
  const targets = tables.length > 0 ? tables : ['the changed tables'];
  return targets.map((target) => ({
    id: newId(),
    kind: kind === 'migrate' ? 'checksum' : 'row-count',
    target,
    expectedRows: kind === 'migrate' ? null : (rowsOf.get(target) ?? null),
    checksumTarget: kind === 'migrate' ? 'backfilled columns against the columns they copy' : '',
    constraint: '',
  }));
}

function strongFindings(statement: AnalyzedStatement): number {
  return statement.findings.filter((f) => f.classification !== 'expand').length;
}

function phaseFor(statement: AnalyzedStatement): PhaseKindName {
  switch (statement.classification) {
    case 'destructive':
    case 'breaking':
      return 'contract';
    case 'risky':
    case 'unclassified':
      return 'migrate';
    case 'expand':
      return DML_KINDS.has(statement.kind) ? 'migrate' : 'expand';
  }
}

function stepText(statement: AnalyzedStatement): string {
  const head = `Line ${statement.line}`;
  if (statement.classification === 'unclassified')
    return `${head}: unclassified, review by hand before running`;
  const main = statement.findings.find((f) => f.classification === statement.classification);
  if (main === undefined) return `${head}: ${statement.classification}`;
  const alternative = main.alternative === '' ? '' : ` Safer: ${main.alternative}.`;
  return `${head} [${main.ruleId}]: ${main.message}${alternative}`;
}
