import type { AuditEntry, AuditEvent, Plan } from '../domain';
import { revealBidi } from './escape';

/**
 * The spec's audit lines, exactly: `[{timestamp}] event: …`. Values typed by people are folded onto one
 * line, so a newline in a phase name cannot forge a second audit entry.
 */
const one = (value: string) => value.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

/** "2h 05m", "14m 03s", "0s": short, unambiguous, sortable by eye. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

export type AuditInput =
  | { event: 'migration-assessed'; scope: string; components: number; estimatedDuration: string }
  | { event: 'strategy-selected'; strategy: string; rationale: string }
  | { event: 'rollback-tested'; environment: string; result: 'pass' | 'fail' }
  | { event: 'phase-started'; phaseNumber: number; phaseName: string; operator: string }
  | {
      event: 'integrity-check';
      phaseNumber: number;
      rowsExpected: number | null;
      rowsActual: number | null;
      checksum: string;
    }
  | { event: 'phase-completed'; phaseNumber: number; phaseName: string; duration: string }
  | {
      event: 'rollback-executed';
      trigger: string;
      phaseNumber: number | null;
      result: 'success' | 'failure';
      notes?: string;
    }
  | { event: 'migration-completed'; totalDuration: string; soakPeriodStart: string }
  | {
      event: 'rollback-triggered';
      trigger: string;
      phaseNumber: number | null;
      observed: string;
      samples: number;
      explanation: string;
    }
  | { event: 'rollback-overridden'; trigger: string; phaseNumber: number | null; by: string; reason: string }
  | { event: 'step-completed'; phaseNumber: number; stepNumber: number; stepText: string; operator: string }
  | { event: 'checklist-incomplete'; open: string[]; total: number; operator: string }
  | {
      event: 'phase-early';
      phaseNumber: number;
      phaseName: string;
      plannedStart: string;
      earlyBy: string;
      operator: string;
    };

const n = (v: number | null) => (v === null ? 'n/a' : String(v));
const quoted = (v: string) => `"${one(v).slice(0, 200).replace(/"/g, "'")}"`;

export function auditBody(input: AuditInput): string {
  switch (input.event) {
    case 'migration-assessed':
      return `scope=${one(input.scope)}, components=${input.components}, estimated_duration=${one(input.estimatedDuration)}`;
    case 'strategy-selected':
      return `${one(input.strategy)} — rationale: ${one(input.rationale)}`;
    case 'rollback-tested':
      return `environment=${one(input.environment)}, result=${input.result}`;
    case 'phase-started':
      return `phase=${input.phaseNumber} "${one(input.phaseName).replace(/"/g, "'")}" — started by ${one(input.operator)}`;
    case 'integrity-check':
      return `phase=${input.phaseNumber}, rows_expected=${n(input.rowsExpected)}, rows_actual=${n(input.rowsActual)}, checksum=${one(input.checksum)}`;
    case 'phase-completed':
      return `phase=${input.phaseNumber} "${one(input.phaseName).replace(/"/g, "'")}" — duration=${one(input.duration)}`;
    case 'rollback-executed': {
      const notes = one(input.notes ?? '');
      return `trigger=${one(input.trigger)}, phase=${n(input.phaseNumber)}, result=${input.result}${notes === '' ? '' : ` — notes: ${notes}`}`;
    }
    case 'migration-completed':
      return `total_duration=${one(input.totalDuration)}, soak_period_start=${one(input.soakPeriodStart)}`;
    case 'rollback-triggered':
      return `trigger=${one(input.trigger)}, phase=${n(input.phaseNumber)}, observed=${one(input.observed)}, samples=${input.samples} — ${one(input.explanation)}`;
    case 'rollback-overridden':
      return `trigger=${one(input.trigger)}, phase=${n(input.phaseNumber)}, by=${one(input.by)} — reason: ${one(input.reason)}`;
    case 'step-completed':
      return `phase=${input.phaseNumber}, step=${input.stepNumber} ${quoted(input.stepText)} — by ${one(input.operator)}`;
    case 'checklist-incomplete':
      return `open=${input.open.length} of ${input.total} ${input.open.map(quoted).join(' ')} — confirmed by ${one(input.operator)}`;
    case 'phase-early':
      return `phase=${input.phaseNumber} ${quoted(input.phaseName)}, planned_start=${one(input.plannedStart)}, early_by=${one(input.earlyBy)} — confirmed by ${one(input.operator)}`;
  }
}

export function auditEntry(at: Date, input: AuditInput): AuditEntry {
  const timestamp = at.toISOString();
  return { at: timestamp, event: input.event, line: `[${timestamp}] ${input.event}: ${auditBody(input)}` };
}

/** Appends one entry; the log is append-only, so nothing earlier is ever rewritten. */
export function appendAudit(plan: Plan, at: Date, input: AuditInput): Plan {
  return { ...plan, auditLog: [...plan.auditLog, auditEntry(at, input)] };
}

/** The log as text, its bidi controls shown (escape.ts), so no line reads other than it is. */
export function auditLogText(plan: Plan): string {
  return plan.auditLog.map((e) => revealBidi(e.line)).join('\n') + (plan.auditLog.length > 0 ? '\n' : '');
}

const TS = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z`;
/** The spec's line formats as patterns: tests and imports check a log against them. */
export const AUDIT_LINE_PATTERNS: Record<AuditEvent, RegExp> = {
  'migration-assessed': new RegExp(
    `^\\[${TS}\\] migration-assessed: scope=.+, components=\\d+, estimated_duration=.+$`,
  ),
  'strategy-selected': new RegExp(`^\\[${TS}\\] strategy-selected: .+ — rationale: .*$`),
  'rollback-tested': new RegExp(`^\\[${TS}\\] rollback-tested: environment=.+, result=(pass|fail)$`),
  'phase-started': new RegExp(`^\\[${TS}\\] phase-started: phase=\\d+ ".*" — started by .+$`),
  'integrity-check': new RegExp(
    `^\\[${TS}\\] integrity-check: phase=\\d+, rows_expected=(\\d+|n/a), rows_actual=(\\d+|n/a), checksum=.+$`,
  ),
  'phase-completed': new RegExp(`^\\[${TS}\\] phase-completed: phase=\\d+ ".*" — duration=.+$`),
  'rollback-executed': new RegExp(
    `^\\[${TS}\\] rollback-executed: trigger=.+, phase=(\\d+|n/a), result=(success|failure)( — notes: .+)?$`,
  ),
  'migration-completed': new RegExp(
    `^\\[${TS}\\] migration-completed: total_duration=.+, soak_period_start=${TS}$`,
  ),
  'rollback-triggered': new RegExp(
    `^\\[${TS}\\] rollback-triggered: trigger=.+, phase=(\\d+|n/a), observed=.+, samples=\\d+ — .+$`,
  ),
  'rollback-overridden': new RegExp(
    `^\\[${TS}\\] rollback-overridden: trigger=.+, phase=(\\d+|n/a), by=.+ — reason: .+$`,
  ),
  'step-completed': new RegExp(`^\\[${TS}\\] step-completed: phase=\\d+, step=\\d+ ".*" — by .+$`),
  'checklist-incomplete': new RegExp(
    `^\\[${TS}\\] checklist-incomplete: open=\\d+ of \\d+( ".*")+ — confirmed by .+$`,
  ),
  'phase-early': new RegExp(
    `^\\[${TS}\\] phase-early: phase=\\d+ ".*", planned_start=${TS}, early_by=.+ — confirmed by .+$`,
  ),
};

export function matchesSpec(line: string): AuditEvent | null {
  for (const [event, pattern] of Object.entries(AUDIT_LINE_PATTERNS) as Array<[AuditEvent, RegExp]>) {
    if (pattern.test(line)) return event;
  }
  return null;
}
