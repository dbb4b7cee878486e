import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { NOW, planWith } from './testing/ready-plan';

/**
 * `plan evaluate` prints the Evaluation as JSON and CI scripts read it: every key format 1 printed is
 * still there (new ones may be added, none renamed or removed).
 */
const V1_KEYS = {
  top: [
    'strategy',
    'dataApproach',
    'estimate',
    'findings',
    'questions',
    'risks',
    'criteria',
    'waves',
    'cycles',
    'consumersToNotify',
    'readiness',
  ],
  strategy: ['recommended', 'ruleIds', 'ranked', 'chosen', 'differs'],
  dataApproach: ['recommended', 'ruleIds', 'reasons', 'chosen', 'differs'],
  estimate: ['totalRows', 'totalBytes', 'durationHours', 'batches', 'fitsWindow', 'windowHours', 'timeline'],
  finding: ['ruleId', 'severity', 'title', 'message', 'path', 'remedy', 'specText'],
  readiness: ['ready', 'blockers', 'warnings', 'openQuestions'],
};

describe('the evaluation JSON keeps its keys', () => {
  it('has every key format 1 had, and the new ones beside them', () => {
    const e = JSON.parse(
      JSON.stringify(
        evaluate(
          planWith(() => {}),
          { now: NOW },
        ),
      ),
    ) as Record<string, Record<string, unknown>>;
    expect(Object.keys(e)).toEqual(expect.arrayContaining([...V1_KEYS.top, 'pointOfNoReturn']));
    expect(Object.keys(e['strategy'] ?? {})).toEqual(expect.arrayContaining(V1_KEYS.strategy));
    expect(Object.keys(e['dataApproach'] ?? {})).toEqual(expect.arrayContaining(V1_KEYS.dataApproach));
    expect(Object.keys(e['estimate'] ?? {})).toEqual(
      expect.arrayContaining([...V1_KEYS.estimate, 'inWindowHours', 'onlineHours', 'phases']),
    );
    expect(Object.keys(e['readiness'] ?? {})).toEqual(expect.arrayContaining(V1_KEYS.readiness));
    const findings = e['findings'] as unknown as Array<Record<string, unknown>>;
    for (const f of findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(V1_KEYS.finding));
  });
});
