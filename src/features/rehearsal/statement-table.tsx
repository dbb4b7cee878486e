import { TableScroll } from '../../components/table-scroll';
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

/** Per statement: what PostgreSQL did, next to what the static analysis expected. */
export function StatementTable({ title, rows }: { title: string; rows: StatementObservation[] }) {
  if (rows.length === 0) return null;
  // Both scripts are analysed; a row has no static view only when the analysis could not run.
  const withStatic = rows.some((r) => r.static !== null);
  return (
    <>
      <p className="rehearsal-coverage">
        <strong>{title}:</strong> {coverageLine(rows)}.
      </p>
      <TableScroll label={title} title={title}>
        <table className="data-table rehearsal-table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Statement</th>
              <th scope="col">Result</th>
              <th scope="col">Locks observed</th>
              <th scope="col">Rewrite</th>
              <th scope="col">Time</th>
              {withStatic ? <th scope="col">Static analysis</th> : null}
              <th scope="col">Compared</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.index} className={s.disagreements.length > 0 ? 'rehearsal-row-differs' : undefined}>
                <td className="num">{s.line}</td>
                <td>
                  <code className="rehearsal-sql">{oneLine(s.text)}</code>
                </td>
                <td>
                  {s.ok ? (
                    <span className="badge badge-ok">{s.skipped ? 'Skipped' : 'OK'}</span>
                  ) : (
                    <span>
                      <span className="badge badge-bad">Error</span> {s.error}
                    </span>
                  )}
                </td>
                <td>{locksText(s)}</td>
                <td>{s.rewritten.length > 0 ? `Yes: ${s.rewritten.join(', ')}` : 'No'}</td>
                <td className="num">{s.ms.toFixed(0)} ms</td>
                {withStatic ? (
                  <td>
                    <StaticCell s={s} />
                  </td>
                ) : null}
                <td>
                  <span className={`badge badge-${TONE[s.reconciliation]}`}>
                    {RECONCILIATION_LABELS[s.reconciliation]}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
