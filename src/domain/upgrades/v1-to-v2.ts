/**
 * Format 1 -> 2: v2 describes how the migration runs (per datastore: in place or moved, and how changes
 * reach the target; traffic split; piece-by-piece replacement; per phase: online or in the window, and
 * the rollback mechanism that still works after it). Every new field is optional with a default, so a
 * v1 document needs only what v1 already said, carried over:
 * - `strategy.featureFlagRouting: true` said feature flags route traffic gradually, so traffic can be
 *   split by percentage: `assessment.rollout.trafficSplit` becomes "yes" (v1 had no other way to say it).
 * Everything else stays "unknown", which the engine reads as v1 did (see docs/plan-format.md).
 * Raw JSON in, raw JSON out: the result is validated after the last step, never here.
 */
type Doc = Record<string, unknown>;

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function v1ToV2(doc: Doc): Doc {
  const strategy = doc['strategy'];
  if (!isObject(strategy) || strategy['featureFlagRouting'] !== true) return doc;
  const assessment = isObject(doc['assessment']) ? doc['assessment'] : {};
  const rollout = isObject(assessment['rollout']) ? assessment['rollout'] : {};
  // A v1 file cannot hold `rollout`; if a hand-edited one does, what it says wins.
  if (rollout['trafficSplit'] !== undefined) return doc;
  return { ...doc, assessment: { ...assessment, rollout: { ...rollout, trafficSplit: 'yes' } } };
}
