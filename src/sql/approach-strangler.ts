import type { ApproachInput, DraftPhase } from './approach-types';

/** Strangler fig: a facade, then slice by slice shadow, route and soak, then the old paths removed. */
export function stranglerFig({ source, target, soakHours, dataMoves }: ApproachInput): DraftPhase[] {
  const data: DraftPhase[] = dataMoves
    ? [
        {
          kind: 'sync',
          name: 'Slice 1: the new service writes its data, and the monolith’s copy is kept in step',
          steps: ['Dual-write the slice’s data (or publish changes as events)', 'Run the reconciliation job'],
          verification: 'The two copies of the slice’s data agree.',
          checks: [['checksum', 'slice 1 data in both systems', { checksumTarget: 'no divergence' }]],
          mechanism: 'flag-back',
        },
      ]
    : [];
  return [
    {
      kind: 'expand',
      name: `Facade: route all traffic through a router in front of ${source}`,
      steps: [
        'Deploy the router with every route going to the monolith',
        'Compare answers with and without it',
      ],
      verification: 'The facade changes nothing users see.',
      checks: [
        ['checksum', 'responses through the facade', { checksumTarget: 'same status, headers and body' }],
      ],
      mechanism: 'revert-deploy',
    },
    ...data,
    {
      kind: 'verify',
      name: `Slice 1: ${target} answers in shadow, compared with ${source}`,
      steps: [
        'Send a copy of the slice’s requests to the new system',
        'Diff the answers, normalising time and random values',
      ],
      verification: 'The diff rate is zero for the slice.',
      checks: [['checksum', 'slice 1 responses', { checksumTarget: 'parity with the monolith' }]],
      mechanism: 'flag-back',
    },
    {
      kind: 'cut-over',
      name: `Slice 1: route its traffic to ${target}, a share at a time`,
      steps: ['1%, 10%, 50%, 100% by router weight', 'Roll back by weight when a trigger fires'],
      verification: 'The slice runs on the new system within the rollback triggers’ thresholds.',
      checks: [['checksum', 'slice 1 responses', { checksumTarget: 'parity holds at full traffic' }]],
      mechanism: 'flag-back',
    },
    {
      kind: 'migrate',
      name: 'Next slices: repeat shadow, route and soak, slice by slice',
      steps: ['Pick the next route or endpoint', 'Shadow, compare, route a share, widen'],
      verification: 'Each slice reaches parity before the next starts.',
      checks: [['checksum', 'each slice’s responses', { checksumTarget: 'parity per slice' }]],
      mechanism: 'flag-back',
      pausable: true,
    },
    {
      kind: 'contract',
      name: `Remove ${source}’s code for the routed slices (after the ${soakHours} h soak)`,
      steps: ['Keep the previous artifacts to redeploy', 'Delete the old paths and their tests'],
      verification: 'No traffic reaches the removed paths.',
      checks: [['row-count', 'requests to the removed paths', { expectedRows: 0 }]],
      mechanism: 'revert-deploy',
    },
  ];
}
