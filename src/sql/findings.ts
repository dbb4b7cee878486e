import type { RuleDef } from './rule-catalog';
import { maxSeverity, severityFor, worstClassification } from './severity';
import type {
  AnalyzedStatement,
  Classification,
  Finding,
  FindingSubject,
  FixStep,
  LockMode,
  Severity,
} from './types';

export type FindingInput = {
  rule: RuleDef;
  table: string | null;
  rows: number | null;
  detail?: string | undefined;
  lock?: LockMode | undefined;
  subject?: FindingSubject | undefined;
  fix?: FixStep[] | null;
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

export function buildFinding({ rule, table, rows, detail, lock, subject, fix }: FindingInput): Finding {
  const takenLock = lock ?? rule.lock;
  let severity = severityFor(rule.severity, rows);
  // Breaking changes need a plan whatever the size; data loss never runs in a forward phase.
  if (rule.classification === 'breaking') severity = maxSeverity(severity, 'warning');
  if (rule.classification === 'destructive') severity = 'blocker';
  const what = `${rule.title}${detail ? ` (${detail})` : ''}${table ? ` on ${table}` : ''}`;
  const lockText = takenLock ? `${takenLock} lock; ` : '';
  const size =
    rule.severity !== 'size'
      ? ''
      : rows === null
        ? ' Table size unknown to the plan.'
        : ` Table size: ${formatRows(rows)}.`;
  return {
    ruleId: rule.id,
    classification: rule.classification,
    severity,
    lock: takenLock,
    message: `${what}: ${lockText}${rule.effect}.${size}`,
    alternative: rule.alternative,
    table,
    rows,
    subject: subject ?? {},
    fix: fix ?? null,
  };
}

export function assembleStatement(
  base: { index: number; line: number; text: string; table: string | null; kind: string },
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
    severity,
    findings,
  };
}
