import type { RollbackTested } from '../../rehearsal/rollback-tested';
import type { DataCheck, RehearsalResult } from '../../rehearsal/types';
import type { BootInfo } from '../../rehearsal/worker/client';
import { DataTable } from '../../components/data-table';
import { dataTableColumns } from '../../components/data-table-features';
import { TableScroll } from '../../components/table-scroll';
import { useStaticTable } from '../../components/use-data-table';
import { heldLockText } from '../../rehearsal/reconcile';
import { StatementTable } from './statement-table';

const dataCheck = dataTableColumns<DataCheck>();
const DATA_CHECK_COLUMNS = dataCheck.columns([
  dataCheck.accessor('table', { header: 'Table', meta: { rowHeader: true } }),
  dataCheck.accessor((d) => d.before?.rows ?? '—', {
    id: 'before',
    header: 'Rows before',
    meta: { cellClass: 'num' },
  }),
  dataCheck.accessor((d) => d.after?.rows ?? '—', {
    id: 'after',
    header: 'Rows after',
    meta: { cellClass: 'num' },
  }),
  dataCheck.display({
    id: 'checksum',
    header: 'Checksum',
    cell: (c) => <code>{c.row.original.after?.checksum.slice(0, 12) ?? '—'}</code>,
  }),
  dataCheck.display({
    id: 'result',
    header: 'Result',
    cell: ({ row: { original: d } }) => (
      <>
        <span className={`badge ${d.ok ? 'badge-ok' : 'badge-bad'}`}>{d.ok ? 'Match' : 'Differs'}</span>{' '}
        {d.ok ? null : d.message}
      </>
    ),
  }),
]);

function DataChecks({ result }: { result: RehearsalResult }) {
  const table = useStaticTable({
    columns: DATA_CHECK_COLUMNS,
    data: result.dataChecks,
    getRowId: (d) => d.table,
  });
  if (result.dataChecks.length === 0) return null;
  return (
    <TableScroll
      label="Data checks"
      title="Data checks: the sample rows before the forward migration and after the rollback"
    >
      <DataTable table={table} label="Data checks" />
    </TableScroll>
  );
}

function verdictText(pass: boolean, tested: RollbackTested): string {
  if (pass) return 'Rollback rehearsal passed';
  return tested.tested
    ? 'Rollback rehearsal failed'
    : 'Rehearsal stopped before the rollback could be tested';
}

export function ResultView(props: { result: RehearsalResult; boot: BootInfo; tested: RollbackTested }) {
  const { result, boot, tested } = props;
  const pass = result.verdict === 'pass';
  const ranForward = result.forward.length > 0;
  return (
    <section className="rehearsal-result" aria-labelledby="rehearsal-verdict">
      <div className={`verdict ${pass ? 'verdict-go' : 'verdict-nogo'}`}>
        <strong id="rehearsal-verdict">{verdictText(pass, tested)}</strong>
        <span>
          PostgreSQL {result.serverVersion} (PGlite), {result.rowsPerTable} rows per table,{' '}
          {(result.totalMs / 1000).toFixed(1)} s; started in {(boot.ms / 1000).toFixed(1)} s
          {boot.source === 'initdb' ? ' (initdb: no shipped data directory)' : ''}.
        </span>
      </div>
      {result.reasons.length > 0 ? (
        <ul className="rehearsal-reasons" aria-label="Why the rehearsal failed">
          {result.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
      {tested.tested ? null : (
        <p className="banner banner-info" role="status">
          Not recorded as a rollback test: {tested.why}. Fix it and rehearse again.
        </p>
      )}
      {result.rowWarnings.length > 0 ? (
        <p className="banner banner-warning">Rows not generated: {result.rowWarnings.join('; ')}</p>
      ) : null}
      <StatementTable title="Forward migration, as run" rows={result.forward} />
      <StatementTable title="Rollback script, as run" rows={result.rollback} />
      {result.heldLocks.length > 0 ? (
        <section aria-labelledby="held-locks-heading" className="rehearsal-diff">
          <h4 id="held-locks-heading">Locks held across later statements</h4>
          <ul aria-label="Locks held across later statements">
            {result.heldLocks.map((h) => (
              <li key={`${h.script}-${h.relation}-${h.fromLine}`}>
                {h.script === 'forward' ? 'Forward' : 'Rollback'}: {heldLockText(h)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ranForward ? (
        <section aria-labelledby="catalog-diff-heading" className="rehearsal-diff">
          <h4 id="catalog-diff-heading">Catalog diff after the rollback</h4>
          {result.catalogDiff.length === 0 ? (
            <p>
              <span className="badge badge-ok">Identical</span> Tables, columns, indexes, constraints,
              sequences and their values, triggers, functions and types are as they were.
            </p>
          ) : (
            <ul aria-label="Catalog differences">
              {result.catalogDiff.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <DataChecks result={result} />
    </section>
  );
}
