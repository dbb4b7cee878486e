import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './api-version-canary-phases';

export const apiVersionCanary: TemplateSource = {
  id: 'api-version-canary',
  name: 'Protocol or API version change (canary with feature flags)',
  title: 'pricing: move checkout from the REST v1 API to gRPC v2, canary behind a feature flag',
  description:
    'Serve the old and new API side by side, compare them in shadow calls, shift a growing share of requests to the new version with a flag, and retire the old one only when no consumer calls it.',
  intended: { strategy: 'canary', dataApproach: 'none' },
  plan: {
    summary:
      'checkout-service calls pricing-service over REST v1 (JSON) for every cart; pricing v2 is gRPC with a new quote message. pricing-service serves both versions side by side; checkout first calls v2 in shadow and compares, then sends a growing share of its calls to v2 behind a percentage flag. v1 stays until every consumer has moved (the mobile BFF and the partner gateway move in their own plans). Replace the names and figures with yours.',
    owners: ['Checkout team', 'Pricing team'],
    assessment: {
      scope: ['service'],
      components: [
        component(
          'c-pricing',
          'pricing-service (serves REST v1 and gRPC v2)',
          'service',
          'migrating',
          'Pricing',
        ),
        component('c-checkout', 'checkout-service (client moves to v2)', 'service', 'migrating', 'Checkout'),
        component('c-mobile-bff', 'mobile-bff (still on v1)', 'service', 'consumer', 'Mobile'),
        component(
          'c-partner-gw',
          'partner API gateway (still on v1)',
          'service',
          'consumer',
          'Partner integrations',
        ),
      ],
      dependencies: [
        { from: 'c-pricing', to: 'c-checkout' },
        { from: 'c-pricing', to: 'c-mobile-bff' },
        { from: 'c-pricing', to: 'c-partner-gw' },
      ],
      downtime: { kind: 'zero', windowMinutes: null, agreedBy: '' },
      maintenanceWindow: { start: null, durationMinutes: null, offPeak: false },
      // checkout routes each call to v1 or v2 by a percentage flag; one API changes, not a monolith.
      rollout: { trafficSplit: 'yes', pieceByPiece: 'no' },
      schemaChange: { description: '', backwardCompatible: 'unknown', forwardSql: '', dialect: 'postgresql' },
      notes:
        'v2 changes the money representation (integer minor units instead of decimal strings) and the rounding of tax per line. The shadow comparison normalises both to minor units; any difference is a bug to fix before the canary.',
    },
    strategy: {
      deployment: 'canary',
      dataApproach: 'none',
      justification:
        'A rolling deployment swaps one version of a service for another; here two protocol versions must run side by side for weeks, with each request routed to one of them by a percentage flag that can go back to 0 at once. That is a canary with feature flags, not a rolling update.',
      rationale:
        'The risk is in the contract, not in the binaries: compare v1 and v2 on real traffic first (shadow), then move traffic gradually with a flag that rolls back in seconds.',
      reconciliationJob: false,
      featureFlagRouting: true,
      adr: {
        status: 'proposed',
        context:
          'REST v1 costs 30% of pricing-service CPU in JSON encoding, and its decimal strings caused rounding bugs. Checkout cannot fail a single quote.',
        decision:
          'pricing-service serves v1 and v2; checkout calls v2 in shadow (flag checkout.pricing_v2_shadow), then routes 1%, 5%, 25%, 50% and 100% of calls to v2 (flag checkout.pricing_v2, sticky by cart id); v1 retires when its traffic has been zero for 14 days.',
        consequences:
          'Both versions are maintained until the last consumer moves; every pricing change is made twice meanwhile.',
        alternatives:
          'Switch checkout to v2 in one deploy (no comparison, rollback needs a redeploy); an API gateway translating v1 to v2 (hides the money change instead of fixing consumers).',
      },
    },
    rollback: {
      // At 1% of 30,000 calls a minute, a 5-minute sample (1,500 calls) cannot tell +0.1 points of errors
      // from noise; a 20-minute one can, and each step is held at least 30 minutes.
      triggers: triggers(
        10,
        [
          custom(
            'Shadow or canary comparison: v2 quote differs from v1 for more than 0.01% of carts over 15 minutes.',
            0.01,
            '%',
            true,
            { metricKey: 'quote_mismatch_percent', sampleWindowMinutes: 15 },
          ),
          custom(
            'gRPC DEADLINE_EXCEEDED above 0.5% of v2 calls over 5 minutes, twice in a row.',
            0.5,
            '%',
            true,
            {
              metricKey: 'v2_deadline_exceeded_percent',
              badSamplesToFire: 2,
            },
          ),
        ],
        { 'RT-01': { sampleWindowMinutes: 20 } },
      ),
      // checkout's calls to pricing; the first canary step sends 1% of them to v2.
      traffic: {
        requestsPerMinute: 30_000,
        canarySharePercent: 1,
        errorRateBaselinePercent: 0.05,
        latencyP50Ms: 15,
        latencyP99Ms: 80,
        downstreamFailuresPerMinute: 2,
      },
      procedures: {
        database: 'No database change.',
        services:
          'Set checkout.pricing_v2 to 0% (seconds, no deploy); checkout falls back to v1, which pricing-service serves unchanged. The previous checkout-service and pricing-service artifacts are kept.',
        data: 'No data is moved or changed; orders record the quote they were priced with.',
        rollbackScriptsKept: false,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        backupLastResort: false,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'no',
        phaseId: null,
        approver: 'Pricing engineering manager (signs off the removal of v1)',
        description:
          'None: v1 is removed only when it has had no traffic for 14 days, and can be redeployed.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'v2 proto published and versioned; breaking-change check (buf breaking) in CI.',
        'Dashboards split by API version: error rate, p99, comparison mismatches.',
      ]),
      phases: PHASES,
      soakHours: 72,
      coordinator: 'Checkout tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
