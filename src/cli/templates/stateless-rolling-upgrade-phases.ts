import { checksum, referential, step, type PhaseInput } from './parts';

/** Prepare capacity, roll, then clean up once the soak has passed. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-prepare',
    name: 'Prepare: capacity, disruption budget and the previous revision',
    owner: 'Checkout on call',
    kind: 'expand',
    timing: 'online',
    durationMinutes: 20,
    steps: [
      step(
        's-prep-1',
        'Record the current revision (kubectl rollout history deployment/checkout-api) and pin its image digest for the rollback.',
      ),
      step(
        's-prep-2',
        'Pre-scale: raise the HPA minimum by 25%; confirm the PodDisruptionBudget (minAvailable 90%) and revisionHistoryLimit (10).',
      ),
      step(
        's-prep-3',
        'Set the strategy: maxSurge 25%, maxUnavailable 0, readiness gate on /actuator/health/readiness after warm-up.',
      ),
    ],
    verification: 'Extra pods running and ready; previous revision recorded.',
    integrityChecks: [
      checksum(
        'ic-prep-1',
        'quote responses for 1,000 recorded carts, current version',
        'baseline of sha256 per response recorded for the comparison after the rollout',
      ),
    ],
    pausable: true,
    // Only capacity and settings changed: the previous values go back.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-roll',
    name: 'Cut over: rolling update, 25% of pods at a time',
    owner: 'Checkout on call',
    kind: 'cut-over',
    timing: 'online',
    durationMinutes: 30,
    steps: [
      step(
        's-roll-1',
        'kubectl set image deployment/checkout-api app=checkout-api:<new tag>; kubectl rollout status --timeout=15m.',
      ),
      step(
        's-roll-2',
        'Watch error rate and p99 per version (pod label) after each step; kubectl rollout pause when a trigger fires, then undo.',
      ),
    ],
    verification: 'All pods on the new image and ready; error rate and p99 per version within the triggers.',
    integrityChecks: [
      checksum(
        'ic-roll-1',
        'quote responses for the same 1,000 recorded carts, new version',
        'sha256 per response equal to the baseline',
      ),
      referential(
        'ic-roll-2',
        'orders created during the rollout -> payment authorisations',
        'every order.payment_id has a payments row',
      ),
    ],
    pausable: true,
    // kubectl rollout undo to the previous ReplicaSet; the service keeps no state to lose.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-cleanup',
    name: 'Clean up: remove the pre-scale (after the soak)',
    owner: 'Checkout on call',
    // Nothing is removed that a rollback needs, so this is not a contract phase.
    kind: 'migrate',
    timing: 'online',
    durationMinutes: 10,
    steps: [
      step('s-clean-1', 'Restore the HPA minimum; keep the previous image in the registry for 30 days.'),
    ],
    verification: 'Pod count back to normal; dashboards unchanged from the staging soak.',
    integrityChecks: [
      referential(
        'ic-clean-1',
        'orders of the soak period -> payment authorisations',
        'every order.payment_id has a payments row',
      ),
    ],
    pausable: true,
    // The previous image stays in the registry for 30 days.
    rollbackMechanism: 'revert-deploy',
  },
];
