import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

const TABLE_CHECKSUM =
  'per table: COUNT(*) and BIT_XOR(CRC32(CONCAT_WS("#", <all columns>))) equal on both servers';

/** Prepare and rehearse, the Saturday switch, then retire the old server after the soak. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-prepare',
    name: 'Prepare and rehearse on the new server (the week before)',
    owner: 'IT internal tools',
    kind: 'expand',
    durationMinutes: 240,
    steps: [
      step(
        's-prep-1',
        'Provision the VM with MySQL 8.0 and the app; restore last night’s dump there and run the app’s test suite and a smoke test.',
      ),
      step(
        's-prep-2',
        'Time the dump and the restore; the Saturday plan uses the rehearsal’s times plus 50%.',
      ),
      step('s-prep-3', 'Lower the DNS record’s TTL to 60 s at least 48 h before the window.'),
    ],
    verification: 'Rehearsal restore complete and the app works on MySQL 8.0; timings recorded.',
    integrityChecks: [
      rowCount('ic-prep-1', 'all tables: rehearsal restore vs last night’s dump', 300_000),
      checksum('ic-prep-2', 'all tables, rehearsal restore vs the old server at the dump', TABLE_CHECKSUM),
    ],
    pausable: true,
  },
  {
    id: 'ph-switch',
    name: 'Saturday: stop, dump, restore, switch DNS, reopen',
    owner: 'IT internal tools',
    kind: 'migrate',
    durationMinutes: 240,
    steps: [
      step(
        's-sw-1',
        'Put up the maintenance page and stop the app on the old server; confirm no connections remain.',
      ),
      step(
        's-sw-2',
        'Dump: mysqldump --single-transaction --routines --triggers --events inventory; copy it to the new server and record its sha256.',
      ),
      step('s-sw-3', 'Restore on MySQL 8.0, then run mysqlcheck and the integrity checks below.'),
      step(
        's-sw-4',
        'Switch the DNS record to the new server, run the smoke test, remove the maintenance page.',
      ),
      step('s-sw-5', 'Stop MySQL on the old server and leave it untouched.'),
    ],
    verification: 'Smoke test passes on the new server; users can log in and edit assets.',
    integrityChecks: [
      rowCount('ic-sw-1', 'all tables: new server vs the dump', 300_000),
      checksum('ic-sw-2', 'all tables, new vs old server', TABLE_CHECKSUM),
      referential('ic-sw-3', 'assets.location_id -> locations.id', 'fk_assets_location'),
    ],
    pausable: false,
  },
  {
    id: 'ph-retire',
    name: 'Contract: archive and delete the old server (after the soak)',
    owner: 'IT internal tools',
    kind: 'contract',
    durationMinutes: 60,
    steps: [
      step(
        's-ret-1',
        'After the soak and the lead’s sign-off, archive the Saturday dump and a fresh dump of the new server to cold storage.',
      ),
      step('s-ret-2', 'Delete the old VM and its disks; restore the DNS TTL.'),
    ],
    verification: 'Archives restore on a scratch server; the old VM is gone.',
    integrityChecks: [rowCount('ic-ret-1', 'archived dump restored on a scratch server', 300_000)],
    pausable: false,
    deletesSource: true,
  },
];
