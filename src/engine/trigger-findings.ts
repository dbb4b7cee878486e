import type { Facts } from './facts';
import { finding } from './finding';
import { RULES } from './rules';
import { evaluateTriggers } from './triggers';
import type { Finding, RtRuleId } from './types';

const DEFAULT_TRIGGERS: readonly RtRuleId[] = ['RT-01', 'RT-02', 'RT-03', 'RT-04'];

/**
 * RT-01..RT-04: the spec lists four rollback triggers; each one missing or disabled is a warning (the
 * team may have a reason, e.g. no downstream consumers). DC-10: during the run, the latest metrics
 * sample is checked against the triggers and any firing one is a blocker that says roll back now.
 */
export function triggerFindings(f: Facts): Finding[] {
  const out: Finding[] = [];
  const triggers = f.plan.rollback.triggers;
  const firstByRule = new Map<string, number>();
  const enabledRules = new Set<string>();
  triggers.forEach((t, i) => {
    if (!firstByRule.has(t.ruleId)) firstByRule.set(t.ruleId, i);
    if (t.enabled) enabledRules.add(t.ruleId);
  });
  for (const id of DEFAULT_TRIGGERS) {
    if (enabledRules.has(id)) continue;
    const index = firstByRule.get(id);
    const text = RULES[id].specText;
    out.push(
      index === undefined
        ? finding(
            id,
            'warning',
            'rollback.triggers',
            `The plan has no rollback trigger for "${text}"`,
            `Add the trigger ${id} with a threshold and say whether it rolls back automatically.`,
          )
        : finding(
            id,
            'warning',
            `rollback.triggers[${index}].enabled`,
            `The rollback trigger "${text}" is disabled.`,
            'Enable it, or record in the plan why it cannot apply.',
          ),
    );
  }
  if (enabledRules.size === 0) {
    out.push(
      finding(
        'DC-10',
        'warning',
        'rollback.triggers',
        'No rollback trigger is enabled, so nothing tells the team to roll back.',
        'Enable the spec’s triggers (error rate, p99 latency, integrity, downstream failures).',
      ),
    );
  }
  triggers.forEach((t, i) => {
    if (!t.enabled || t.automatic) return;
    out.push(
      finding(
        'DC-10',
        'info',
        `rollback.triggers[${i}].automatic`,
        `Trigger ${t.ruleId} ("${t.description}") is manual.`,
        'Under DC-10 a fired trigger means roll back immediately: pre-authorise the operator so nobody waits for a manual assessment.',
      ),
    );
  });
  const { run } = f.plan;
  const lastIndex = run.metrics.length - 1;
  const last = run.metrics[lastIndex];
  if (last && (run.status === 'running' || run.status === 'soaking')) {
    const result = evaluateTriggers(f.plan, last);
    for (const fired of result.fired) {
      out.push(
        finding(
          'DC-10',
          'blocker',
          `run.metrics[${lastIndex}]`,
          `Trigger ${fired.ruleId} fired: ${fired.explanation}`,
          'Execute the rollback immediately; do not wait for manual assessment.',
        ),
      );
    }
  }
  return out;
}
