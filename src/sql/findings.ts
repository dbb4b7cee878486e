import type { RuleDef } from './rule-catalog';
import { ruleTraits } from './rule-traits';
import { BAND_LABELS, blocksOf, blocksText, riskSeverity, scaledRisk, sizeBand } from './risk';
import { maxSeverity, worstClassification } from './severity';
import { trafficText, type TrafficInput } from './traffic';
import type {
  AnalyzedStatement,
  Classification,
  Finding,
  FindingSubject,
  FixStep,
  LockMode,
  RowsSource,
  Severity,
} from './types';

export type FindingInput = {
  rule: RuleDef;
  table: string | null;
  rows: number | null;
  rowsSource?: RowsSource | null;
  detail?: string | undefined;
  lock?: LockMode | undefined;
  subject?: FindingSubject | undefined;
  fix?: FixStep[] | null;
  /** Replaces the rule's alternative where the statement needs other advice (CONCURRENTLY...). */
  alternative?: string | undefined;
  /** Rates of the table and the lock_timeout in force, for the lock x traffic estimate. */
  traffic?: Omit<TrafficInput, 'table' | 'blocks' | 'long'> | null;
};

/** "400M rows", "12k rows": short enough for a message, exact enough for a decision. */
export function formatRows(rows: number): string {
  const units: [number, string][] = [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, unit] of units) {
    if (rows >= size) return `${Number((rows / size).toFixed(1))}${unit} rows`;
  }
  return `${rows} rows`;
}

export function buildFinding(input: FindingInput): Finding {
  const { rule, table, rows, detail, lock, subject, fix } = input;
  const takenLock = lock ?? rule.lock;
  const traits = ruleTraits(rule);
  const policy = rule.severity;
  const sized = policy === 'size';
  const risk = sized ? scaledRisk(traits.base, rows) : traits.base;
  let severity: Severity = policy === 'size' ? riskSeverity(risk) : policy;
  // Breaking changes need a plan whatever the size; data loss never runs in a forward phase.
  if (rule.classification === 'breaking') severity = maxSeverity(severity, 'warning');
  if (rule.classification === 'destructive') severity = 'blocker';
  const blocks = blocksOf(takenLock);
  const what = `${rule.title}${detail ? ` (${detail})` : ''}${table ? ` on ${table}` : ''}`;
  const lockText = takenLock ? `${takenLock} lock (${blocksText(blocks)}); ` : '';
  const band = sizeBand(rows);
  const from = input.rowsSource === 'stats' ? ' (from the pasted table statistics)' : '';
  const size = !sized
    ? ''
    : rows === null
      ? ' Table size unknown to the plan.'
      : ` Table size: ${formatRows(rows)}${from}, ${BAND_LABELS[band]}: risk ${risk}.`;
  const long = traits.rewrite || traits.scan;
  const traffic =
    input.traffic && takenLock !== null && table !== null
      ? trafficText({ ...input.traffic, table, blocks, long })
      : null;
  return {
    ruleId: rule.id,
    classification: rule.classification,
    severity,
    risk,
    lock: takenLock,
    blocks,
    rewrite: traits.rewrite,
    scan: traits.scan,
    band,
    rowsSource: rows === null ? null : (input.rowsSource ?? 'plan'),
    traffic,
    message: `${what}: ${lockText}${rule.effect}.${size}${traffic ? ` ${traffic}` : ''}`,
    alternative: input.alternative ?? rule.alternative,
    table,
    rows,
    subject: subject ?? {},
    fix: fix ?? null,
  };
}

export function assembleStatement(
  base: {
    index: number;
    line: number;
    text: string;
    table: string | null;
    kind: string;
    lock?: LockMode | null | undefined;
  },
  findings: Finding[],
): AnalyzedStatement {
  let classification: Classification = 'expand';
  let severity: Severity = 'none';
  for (const f of findings) {
    classification = worstClassification(classification, f.classification);
    severity = maxSeverity(severity, f.severity);
  }
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))];
  return {
    index: base.index,
    line: base.line,
    text: base.text,
    classification,
    ruleIds,
    table: base.table,
    kind: base.kind,
    lock: base.lock ?? null,
    severity,
    findings,
  };
}

/** The safe replacement as one script: each step as a comment naming its phase, then its SQL. */
export function fixScript(fix: FixStep[] | null): string {
  return (fix ?? [])
    .map((step) => `-- ${step.phase}: ${step.text}${step.sql === '' ? '' : `\n${step.sql}`}`)
    .join('\n');
}
