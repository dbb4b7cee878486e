import type { Plan } from '../domain';
import { revealBidi } from './escape';

/**
 * The audit log as the text file the run screen downloads: one spec line per entry (domain/audit-line.ts),
 * its bidi controls shown (escape.ts), so no line reads other than it is.
 */
export function auditLogText(plan: Plan): string {
  return plan.auditLog.map((e) => revealBidi(e.line)).join('\n') + (plan.auditLog.length > 0 ? '\n' : '');
}
