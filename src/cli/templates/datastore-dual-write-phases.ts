import { checksum, rowCount, step, type PhaseInput } from './parts';

/** Dual writes, backfill, shadow reads, reads by cohort, source of truth, then stop writing the old store. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-dual-write',
    name: 'Expand: create the PostgreSQL table and start dual writes (MongoDB stays the source of truth)',
    owner: 'Identity on call',
    kind: 'expand',
    durationMinutes: 60,
    steps: [
      step(
        's-dw-1',
        'Create the profiles table (see the forward SQL) and its indexes on the PostgreSQL cluster.',
      ),
      step(
        's-dw-2',
        'Deploy profile-service with profiles.dual_write off, then turn it on: write MongoDB first, then upsert PostgreSQL when the incoming version is newer; a PostgreSQL failure goes to a retry queue and never fails the request.',
      ),
    ],
    verification: 'Every profile written since the flag went on is in both stores with the same version.',
    integrityChecks: [
      rowCount('ic-dw-1', 'profiles updated since dual writes started: MongoDB vs PostgreSQL', null),
      checksum(
        'ic-dw-2',
        'profiles updated since dual writes started',
        'sha256 of the canonical JSON per profile equal in both stores',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-backfill',
    name: 'Migrate: backfill existing profiles into PostgreSQL in batches',
    owner: 'Identity on call',
    kind: 'migrate',
    durationMinutes: 300,
    steps: [
      step(
        's-bf-1',
        'Copy profiles in batches of 5,000 by _id range, upserting only when the source version is newer; record the last _id so the job resumes after a pause.',
      ),
      step(
        's-bf-2',
        'Throttle on MongoDB secondary lag and PostgreSQL replication lag; pause at peak hours.',
      ),
    ],
    verification: 'Counts equal and per-bucket checksums equal between the stores.',
    integrityChecks: [
      rowCount('ic-bf-1', 'profiles: MongoDB vs PostgreSQL', 120_000_000),
      checksum(
        'ic-bf-2',
        'profiles per 1M user_id bucket',
        'xor of sha256(canonical JSON) per bucket equal in both stores',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-shadow',
    name: 'Migrate: shadow reads (serve MongoDB, read PostgreSQL too and compare)',
    owner: 'Identity on call',
    kind: 'migrate',
    durationMinutes: 60,
    steps: [
      step(
        's-sh-1',
        'Turn on profiles.shadow_read for 1%, then 10%, then 100% of reads; mismatches go to a metric and a sampled log, never to the user.',
      ),
      step(
        's-sh-2',
        'Run the reconciliation job nightly over every profile: repair the older side by version, alert on anything it cannot explain.',
      ),
    ],
    verification:
      'Mismatch rate under 0.01% for 7 days, and every mismatch explained (replication timing) or fixed.',
    integrityChecks: [
      checksum('ic-sh-1', 'shadow-read comparisons', 'unexplained mismatches = 0 over the last 24 h'),
      rowCount('ic-sh-2', 'divergent profiles left after the nightly reconciliation', 0),
    ],
    pausable: true,
  },
  {
    id: 'ph-reads',
    name: 'Migrate: move reads to PostgreSQL by user cohort',
    owner: 'Identity on call',
    kind: 'migrate',
    durationMinutes: 240,
    steps: [
      step(
        's-rd-1',
        'Set profiles.read_from = postgres for 1%, 10%, 50%, then 100% of users (sticky by user id), at least one peak hour per step; shadow-compare against MongoDB in reverse.',
      ),
    ],
    verification:
      'Error rate and p99 of profile-service within the triggers at each step; reverse shadow mismatches under 0.01%.',
    integrityChecks: [
      checksum(
        'ic-rd-1',
        'reverse shadow comparisons (served from PostgreSQL)',
        'unexplained mismatches = 0',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-primary',
    name: 'Migrate: make PostgreSQL the source of truth, keep writing MongoDB',
    owner: 'Identity on call',
    kind: 'migrate',
    durationMinutes: 120,
    steps: [
      step(
        's-pr-1',
        'Set profiles.write_primary = postgres by cohort: write PostgreSQL first (in a transaction), then MongoDB; MongoDB failures go to the retry queue.',
      ),
      step(
        's-pr-2',
        'Switch the recommendations pipeline from MongoDB change streams to PostgreSQL logical decoding.',
      ),
    ],
    verification:
      'All writes go to PostgreSQL first; MongoDB still complete (reconciliation finds nothing); the pipeline is fed from PostgreSQL.',
    integrityChecks: [
      rowCount('ic-pr-1', 'profiles: PostgreSQL vs MongoDB', null),
      checksum('ic-pr-2', 'profiles changed in the last 24 h', 'canonical JSON hashes equal in both stores'),
    ],
    pausable: true,
  },
  {
    id: 'ph-contract',
    name: 'Contract: stop writing MongoDB and archive it (after the soak)',
    owner: 'Identity on call',
    kind: 'contract',
    durationMinutes: 60,
    steps: [
      step('s-ct-1', 'Turn off dual writes; remove the MongoDB code path in the next release.'),
      step(
        's-ct-2',
        'mongodump the collection to the archive bucket, verify the archive, then drop the collection after 30 days.',
      ),
    ],
    verification: 'No writes reach MongoDB; the archive restores on a scratch instance.',
    integrityChecks: [rowCount('ic-ct-1', 'archived profiles vs PostgreSQL at the stop', 120_000_000)],
    pausable: false,
    deletesSource: true,
  },
];
