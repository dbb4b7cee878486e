import { describe, expect, it } from 'vitest';
import { createBlankPlan } from '../domain';
import { appendAudit } from '../domain/audit-line';
import { auditLogText } from './audit-log';

const AT = new Date('2026-12-09T01:00:00.000Z');

describe('audit log text', () => {
  it('is one line per entry, newline-terminated, and empty for an empty log', () => {
    const blank = createBlankPlan({ id: 'p', now: AT });
    expect(auditLogText(blank)).toBe('');
    const plan = appendAudit(
      appendAudit(blank, AT, { event: 'rollback-tested', environment: 'staging', result: 'pass' }),
      AT,
      { event: 'strategy-selected', strategy: 'canary', rationale: 'stateful' },
    );
    expect(auditLogText(plan)).toBe(
      '[2026-12-09T01:00:00.000Z] rollback-tested: environment=staging, result=pass\n' +
        '[2026-12-09T01:00:00.000Z] strategy-selected: canary — rationale: stateful\n',
    );
  });
});
