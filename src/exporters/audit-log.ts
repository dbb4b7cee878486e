import type { Plan } from '../domain';

/** The audit log as the text file the run screen downloads: one spec line per entry (domain/audit-line.ts). */
export function auditLogText(plan: Plan): string {
  return plan.auditLog.map((e) => e.line).join('\n') + (plan.auditLog.length > 0 ? '\n' : '');
}
