import { checksum, referential, step, type PhaseInput } from './parts';

/** Serve both, compare in shadow, shift traffic by flag, retire v1 when nobody calls it. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-serve-both',
    name: 'Expand: pricing-service serves gRPC v2 beside REST v1',
    owner: 'Pricing on call',
    kind: 'expand',
    timing: 'online',
    durationMinutes: 60,
    steps: [
      step(
        's-both-1',
        'Deploy pricing-service with the v2 gRPC endpoint; v1 unchanged. Send a Deprecation and Sunset header on v1 responses.',
      ),
      step(
        's-both-2',
        'Replay 10,000 recorded carts against v1 and v2 in staging and production; compare in minor units.',
      ),
    ],
    verification: 'v2 answers for every replayed cart, identical to v1 after normalisation.',
    integrityChecks: [
      checksum(
        'ic-both-1',
        'quotes for 10,000 recorded carts, v1 vs v2',
        'total, tax and line amounts equal in minor units for every cart',
      ),
    ],
    pausable: true,
    // v2 is additive: the previous pricing-service artifact serves v1 alone again.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-shadow',
    name: 'Verify: checkout calls v2 in shadow and compares',
    owner: 'Checkout on call',
    kind: 'verify',
    timing: 'online',
    // At least 3 days at 100% shadow, a weekend peak included.
    durationMinutes: 4_320,
    steps: [
      step(
        's-shadow-1',
        'Turn on checkout.pricing_v2_shadow for 10%, then 100% of carts: call v2 asynchronously after v1, compare, record mismatches; the customer always gets v1.',
      ),
      step(
        's-shadow-2',
        'Fix every mismatch class before going on; hold 100% shadow for at least 3 days including a weekend peak.',
      ),
    ],
    verification: 'Mismatch rate under 0.01% for 3 days, each remaining one explained.',
    integrityChecks: [
      checksum('ic-shadow-1', 'shadow comparisons of the last 24 h', 'unexplained v1/v2 differences = 0'),
    ],
    pausable: true,
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-canary',
    name: 'Cut over by canary: route 1% → 5% → 25% → 50% → 100% of checkout’s calls to v2',
    owner: 'Checkout on call',
    kind: 'cut-over',
    timing: 'online',
    durationMinutes: 480,
    steps: [
      step(
        's-canary-1',
        'Raise checkout.pricing_v2 step by step (sticky by cart id); hold each step for at least 30 minutes and one peak hour from 25% on; keep shadow-comparing the v1 answer.',
      ),
      step('s-canary-2', 'Any trigger: set the flag to 0% first, investigate second.'),
    ],
    verification: 'Error rate, p99 and conversion of the v2 cohort equal to the v1 cohort at each step.',
    integrityChecks: [
      checksum(
        'ic-canary-1',
        'orders priced through v2',
        'order total = sum(lines) + tax, recomputed, for every order',
      ),
      referential(
        'ic-canary-2',
        'orders priced through v2 -> stored quote',
        'every order.quote_id has a quotes row',
      ),
    ],
    pausable: true,
    // v1 is still served unchanged: the flag to 0% sends every call back in seconds.
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-retire-v1',
    name: 'Contract: retire REST v1 when no consumer calls it (after the soak)',
    owner: 'Pricing on call',
    kind: 'contract',
    timing: 'online',
    durationMinutes: 30,
    steps: [
      step(
        's-retire-1',
        'Confirm v1 traffic has been zero for 14 days in the access logs (the mobile BFF and partner gateway moved in their own plans).',
      ),
      step('s-retire-2', 'Remove the v1 endpoints and the checkout flag code in the next releases.'),
    ],
    verification: 'No v1 requests; no consumer errors after the removal.',
    integrityChecks: [checksum('ic-retire-1', 'v1 requests in access logs, last 14 days', 'count = 0')],
    pausable: false,
    // No data depends on v1: the previous pricing-service artifact serves it again.
    rollbackMechanism: 'revert-deploy',
  },
];
