import type { Facts } from './facts';
import { finding } from './finding';
import { RULES } from './rules';
import { activeHalt, pendingFirings } from './triggers';
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
  triggers.forEach((t, i) => {
    if (t.badSamplesWindow !== null && !t.critical && t.badSamplesWindow < t.badSamplesToFire)
      out.push(
        finding(
          'DC-10',
          'warning',
          `rollback.triggers[${i}].badSamplesWindow`,
          `Trigger ${t.ruleId} needs ${t.badSamplesToFire} bad samples within ${t.badSamplesWindow}: the window is read as ${t.badSamplesToFire} consecutive samples.`,
          'Make the window at least as large as the number of bad samples, or leave it empty for consecutive samples.',
        ),
      );
  });
  out.push(...runFindings(f));
  return out;
}

/**
 * DC-10 during the run: a latched halt is a blocker until a rollback or an override resolves it; a trigger
 * that fires on samples not latched yet (a plan file edited by hand) is one too.
 */
function runFindings(f: Facts): Finding[] {
  const { run } = f.plan;
  const halt = activeHalt(f.plan);
  const index = run.triggerHalts.length - 1;
  const fired = halt
    ? halt.firings.map((x) => ({ ruleId: x.ruleId, text: x.explanation, path: `run.triggerHalts[${index}]` }))
    : run.status === 'running' || run.status === 'soaking' || run.status === 'halted'
      ? pendingFirings(f.plan).map((x) => ({
          ruleId: x.ruleId,
          text: x.explanation,
          path: `run.metrics[${x.sampleIndexes.at(-1) ?? run.metrics.length - 1}]`,
        }))
      : [];
  return fired.map((x) =>
    finding(
      'DC-10',
      'blocker',
      x.path,
      `Trigger ${x.ruleId} fired: ${x.text}`,
      'Execute the rollback immediately; do not wait for manual assessment. Only a named person with a reason may override it.',
    ),
  );
}
