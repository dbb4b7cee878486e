import { checksum, rowCount, step, type PhaseInput } from './parts';

/**
 * The new table, dual writes, backfill, shadow reads, reads by cohort, source of truth by cohort, stop
 * writing the old store after the soak, then archive it. Every step before the contract is undone by a
 * flag (the table itself by the rollback script), because MongoDB keeps receiving every write.
 */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-expand',
    name: 'Expand: create the profiles table on the PostgreSQL cluster (nothing uses it yet)',
    owner: 'Identity on call',
    kind: 'expand',
    timing: 'online',
    durationMinutes: 15,
    steps: [
      step(
        's-ex-1',
        'Create the profiles table (the forward SQL) on the PostgreSQL cluster; no code reads or writes it yet.',
      ),
      step('s-ex-2', 'Grant profile-service’s role INSERT, UPDATE and SELECT on it, nothing more.'),
    ],
    verification: 'The table exists with its primary key and is empty; profile-service can connect to it.',
    integrityChecks: [
      rowCount('ic-ex-1', 'profiles in PostgreSQL before dual writes start', 0),
      checksum(
        'ic-ex-2',
        'profiles table definition',
        'pg_dump --schema-only -t profiles matches the reviewed forward SQL',
      ),
    ],
    pausable: true,
    // The rollback script drops the table; MongoDB and profile-service are untouched.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-dual-write',
    name: 'Sync: start dual writes (MongoDB stays the source of truth)',
    owner: 'Identity on call',
    kind: 'sync',
    timing: 'online',
    durationMinutes: 60,
    steps: [
      step(
        's-dw-1',
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
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-backfill',
    name: 'Backfill existing profiles into PostgreSQL in batches of 5,000',
    owner: 'Identity on call',
    kind: 'backfill',
    timing: 'online',
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
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-shadow',
    name: 'Verify: shadow reads (serve MongoDB, read PostgreSQL too and compare)',
    owner: 'Identity on call',
    kind: 'verify',
    timing: 'online',
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
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-reads',
    name: 'Cut over reads to PostgreSQL by user cohort',
    owner: 'Identity on call',
    kind: 'cut-over',
    timing: 'online',
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
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-primary',
    name: 'Cut over writes: PostgreSQL becomes the source of truth, MongoDB is still written',
    owner: 'Identity on call',
    kind: 'cut-over',
    timing: 'online',
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
    // MongoDB still receives every write, so the way back is the flag, for as long as dual writes run.
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-stop-writes',
    name: 'Contract: stop writing MongoDB (after the soak)',
    owner: 'Identity on call',
    kind: 'contract',
    timing: 'online',
    durationMinutes: 30,
    steps: [
      step(
        's-ct-1',
        'After the 7-day soak and the approver’s sign-off, turn off dual writes; MongoDB goes stale from here. Remove the MongoDB code path in the next release.',
      ),
    ],
    verification: 'No writes reach MongoDB; profile-service healthy.',
    integrityChecks: [rowCount('ic-ct-1', 'profiles: PostgreSQL vs MongoDB at the stop', 120_000_000)],
    pausable: false,
    rollbackMechanism: 'none',
  },
  {
    id: 'ph-decommission',
    name: 'Decommission: archive the MongoDB collection, then drop it',
    owner: 'Identity on call',
    kind: 'decommission',
    timing: 'online',
    durationMinutes: 60,
    steps: [
      step(
        's-dc-1',
        'mongodump the collection to the archive bucket and restore it on a scratch instance to prove the archive.',
      ),
      step('s-dc-2', 'Drop the collection after 30 days; release the MongoDB cluster.'),
    ],
    verification: 'The archive restores on a scratch instance; nothing reads or writes MongoDB.',
    integrityChecks: [rowCount('ic-dc-1', 'archived profiles vs PostgreSQL at the stop', 120_000_000)],
    pausable: false,
    deletesSource: true,
    rollbackMechanism: 'none',
  },
];
