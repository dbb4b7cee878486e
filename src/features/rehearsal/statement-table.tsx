import { DataTable } from '../../components/data-table';
import { dataTableColumns } from '../../components/data-table-features';
import { TableScroll } from '../../components/table-scroll';
import { useStaticTable } from '../../components/use-data-table';
import { locksText } from '../../rehearsal/notes';
import { coverageLine, RECONCILIATION_LABELS } from '../../rehearsal/reconcile';
import type { Reconciliation, StatementObservation } from '../../rehearsal/types';

const TONE: Record<Reconciliation, string> = {
  confirmed: 'ok',
  mismatch: 'bad',
  'trace-only': 'warn',
  'static-only': 'unknown',
  error: 'bad',
  skipped: 'unknown',
};

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function StaticCell({ s }: { s: StatementObservation }) {
  if (!s.static) return <span className="muted">—</span>;
  const said = `${s.static.classification}; ${s.static.lock ?? 'no lock flagged'}; ${s.static.rewrite ? 'rewrite' : 'no rewrite'}`;
  if (s.disagreements.length === 0) return <span>{said}</span>;
  return (
    <div>
      <span>{said}</span>
      <ul className="rehearsal-disagree" aria-label={`Where line ${s.line} differs from the static analysis`}>
        {s.disagreements.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </div>
  );
}

const helper = dataTableColumns<StatementObservation>();

/** The columns without and with the static analysis (absent only where the analysis could not run). */
const columnsOf = (withStatic: boolean) =>
  helper.columns([
    helper.accessor('line', { header: 'Line', meta: { cellClass: 'num' } }),
    helper.accessor('text', {
      header: 'Statement',
      cell: (c) => <code className="rehearsal-sql">{oneLine(c.getValue())}</code>,
    }),
    helper.display({
      id: 'result',
      header: 'Result',
      cell: ({ row: { original: s } }) =>
        s.ok ? (
          <span className="badge badge-ok">{s.skipped ? 'Skipped' : 'OK'}</span>
        ) : (
          <span>
            <span className="badge badge-bad">Error</span> {s.error}
          </span>
        ),
    }),
    helper.display({ id: 'locks', header: 'Locks observed', cell: (c) => locksText(c.row.original) }),
    helper.accessor('rewritten', {
      header: 'Rewrite',
      cell: (c) => (c.getValue().length > 0 ? `Yes: ${c.getValue().join(', ')}` : 'No'),
    }),
    helper.accessor('ms', {
      header: 'Time',
      meta: { cellClass: 'num' },
      cell: (c) => `${c.getValue().toFixed(0)} ms`,
    }),
    ...(withStatic
      ? [
          helper.display({
            id: 'static',
            header: 'Static analysis',
            cell: (c) => <StaticCell s={c.row.original} />,
          }),
        ]
      : []),
    helper.accessor('reconciliation', {
      header: 'Compared',
      cell: (c) => (
        <span className={`badge badge-${TONE[c.getValue()]}`}>{RECONCILIATION_LABELS[c.getValue()]}</span>
      ),
    }),
  ]);
const WITH_STATIC = columnsOf(true);
const WITHOUT_STATIC = columnsOf(false);

/** Per statement: what PostgreSQL did, next to what the static analysis expected. */
export function StatementTable({ title, rows }: { title: string; rows: StatementObservation[] }) {
  // Both scripts are analysed; a row has no static view only when the analysis could not run.
  const withStatic = rows.some((r) => r.static !== null);
  const table = useStaticTable({
    columns: withStatic ? WITH_STATIC : WITHOUT_STATIC,
    data: rows,
    getRowId: (s) => String(s.index),
  });
  if (rows.length === 0) return null;
  return (
    <>
      <p className="rehearsal-coverage">
        <strong>{title}:</strong> {coverageLine(rows)}.
      </p>
      <TableScroll label={title} title={title}>
        <DataTable
          table={table}
          label={title}
          className="rehearsal-table"
          rowAttributes={(s) => (s.disagreements.length > 0 ? { className: 'rehearsal-row-differs' } : {})}
        />
      </TableScroll>
    </>
  );
}
