import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

const TABLE_CHECKSUM =
  'per table: COUNT(*) and BIT_XOR(CRC32(CONCAT_WS("#", <all columns>))) equal on both servers';

/** Prepare and rehearse, the Saturday copy and switch, then retire the old server after the soak. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-prepare',
    name: 'Prepare and rehearse on the new server (the week before)',
    owner: 'IT internal tools',
    kind: 'expand',
    timing: 'online',
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
    // The old server is not touched: discarding the new VM undoes this.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-copy',
    name: 'Saturday: stop the app, dump, copy and restore on MySQL 8.0',
    owner: 'IT internal tools',
    kind: 'migrate',
    timing: 'in-window',
    // The rehearsal's dump, copy and restore times plus 50%.
    durationMinutes: 180,
    steps: [
      step(
        's-copy-1',
        'Put up the maintenance page and stop the app on the old server; confirm no connections remain.',
      ),
      step(
        's-copy-2',
        'Dump: mysqldump --single-transaction --routines --triggers --events inventory; copy it to the new server and record its sha256.',
      ),
      step('s-copy-3', 'Restore on MySQL 8.0, then run mysqlcheck and the integrity checks below.'),
    ],
    verification: 'The restore is complete and mysqlcheck reports no error; the checks below pass.',
    integrityChecks: [
      rowCount('ic-copy-1', 'all tables: new server vs the dump', 300_000),
      checksum('ic-copy-2', 'all tables, new vs old server', TABLE_CHECKSUM),
    ],
    pausable: false,
    // Nobody has written anywhere since the stop: starting the old app again loses nothing.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-switch',
    name: 'Cut over on Saturday: switch DNS, smoke test, reopen',
    owner: 'IT internal tools',
    kind: 'cut-over',
    timing: 'in-window',
    durationMinutes: 60,
    steps: [
      step(
        's-sw-1',
        'Switch the DNS record to the new server, run the smoke test, remove the maintenance page.',
      ),
      step('s-sw-2', 'Stop MySQL on the old server and leave it untouched.'),
    ],
    verification: 'Smoke test passes on the new server; users can log in and edit assets.',
    integrityChecks: [
      referential('ic-sw-1', 'assets.location_id -> locations.id', 'fk_assets_location'),
      checksum(
        'ic-sw-2',
        'the smoke test on the new server',
        'the ten key screens load, and a test asset saves, reads back and is deleted',
      ),
    ],
    pausable: false,
    // DNS back and the old server started loses nothing until staff write on the new one: about 44
    // hours, from the reopening around noon on Saturday to 08:00 on Monday. No replication runs back
    // from 8.0 to 5.7, so after that the way back needs Monday's writes re-entered by hand.
    rollbackMechanism: 'revert-deploy',
    rollbackAvailableHours: 44,
  },
  {
    id: 'ph-retire',
    name: 'Decommission: archive and delete the old server (after the soak)',
    owner: 'IT internal tools',
    kind: 'decommission',
    timing: 'online',
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
    rollbackMechanism: 'none',
  },
];
