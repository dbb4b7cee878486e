import { COMPONENT_MOVE_UNKNOWN, PHASE_RUN_UNKNOWN, Plan } from '../domain';
import example from '../../public/examples/orders-bigint.json';

const WORDS = (
  'orders payments invoice ledger refund customer account session cart catalog search ' +
  'shipping warehouse stock pricing discount coupon tax audit report export import queue cache ' +
  'replica shard index column trigger backfill batch verify checksum rows latency error canary ' +
  'rollout flag config artifact registry snapshot restore backup window notice owner approve'
).split(' ');

/** A deterministic pseudo-random sequence (LCG), so every run measures the same document. */
export function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A realistic plan of about `targetBytes` of exported (pretty) JSON: the example plan grown with
 * components, dependencies and phases whose names and texts vary the way people write them, so
 * compression is not flattered by repeated text.
 */
export function sizedPlan(targetBytes: number, seed = 7): Plan {
  const rand = lcg(seed);
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'x';
  const phrase = (n: number) => Array.from({ length: n }, pick).join(' ');
  const base = Plan.parse(example);
  const components = [...base.assessment.components];
  const dependencies = [...base.assessment.dependencies];
  const phases = [...base.execution.phases];
  let plan = base;
  const done = (p: Plan) => Plan.parse(p);
  for (let i = 0; JSON.stringify(plan, null, 2).length < targetBytes; i += 1) {
    const id = `c-${pick()}-${i}`;
    components.push({
      id,
      name: `${pick()}_${pick()} (${pick()} ${i})`,
      kind: i % 3 === 0 ? 'table' : 'service',
      role: 'migrating',
      ownerTeam: `${pick()} team`,
      stateful: i % 3 === 0,
      rows: i % 3 === 0 ? Math.floor(rand() * 5e8) : 0,
      avgRowBytes: i % 3 === 0 ? Math.floor(rand() * 400) : 0,
      ...COMPONENT_MOVE_UNKNOWN,
    });
    const from = components[Math.floor(rand() * (components.length - 1))];
    if (from) dependencies.push({ from: from.id, to: id });
    if (i % 4 === 0) {
      phases.splice(phases.length - 1, 0, {
        id: `ph-x${i}`,
        name: `Migrate: ${phrase(4)}`,
        owner: `${pick()} ${pick()}`,
        kind: 'migrate',
        ...PHASE_RUN_UNKNOWN,
        plannedStart: null,
        durationMinutes: 10 + Math.floor(rand() * 120),
        steps: [
          { id: `s-x${i}-1`, text: `${phrase(12)}.`, sql: '' },
          {
            id: `s-x${i}-2`,
            text: `${phrase(9)}.`,
            sql: `UPDATE ${pick()} SET ${pick()}_new = ${pick()} WHERE id < ${Math.floor(rand() * 1e6)};`,
          },
        ],
        verification: `${phrase(10)}.`,
        integrityChecks: [
          {
            id: `ic-x${i}`,
            kind: 'row-count',
            target: pick(),
            expectedRows: Math.floor(rand() * 1e8),
            checksumTarget: '',
            constraint: '',
          },
        ],
        pausable: rand() > 0.5,
        deletesSource: false,
      });
    }
    plan = {
      ...base,
      assessment: { ...base.assessment, components, dependencies },
      execution: { ...base.execution, phases },
    };
  }
  return done(plan);
}
