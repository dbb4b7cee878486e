import { TableScroll } from '../../components/table-scroll';
import type { VerifySession } from '../../domain';
import { keyText, rangeText, summarise } from '../../verify';

const n = (v: number | null) => (v === null ? '—' : v.toLocaleString('en-US'));

/** Where the verification stands: row counts, checksum, the pieces that differ, the keys, the orphans. */
export function VerifyResult({ id, session }: { id: string; session: VerifySession }) {
  const sum = summarise(session);
  const key = session.setup.keyColumns;
  const last = [...session.rounds].reverse().find((r) => r.kind === 'checksum' || r.kind === 'narrow');
  const open = last?.mismatched ?? [];
  const rowsMatch = sum.sourceRows === sum.targetRows;
  return (
    <section className="db-verify-result" aria-labelledby={`${id}-result-h`}>
      <h3 id={`${id}-result-h`}>Result so far</h3>
      <dl className="facts">
        <dt>Rows</dt>
        <dd>
          source {n(sum.sourceRows)}, target {n(sum.targetRows)}{' '}
          <span className={`badge ${rowsMatch ? 'badge-ok' : 'badge-bad'}`}>
            {rowsMatch ? 'equal' : 'differ'}
          </span>
        </dd>
        <dt>Checksum</dt>
        <dd>
          {sum.checksum === 'not-run' ? (
            'not run yet'
          ) : (
            <>
              <span className={`badge ${sum.checksum === 'match' ? 'badge-ok' : 'badge-bad'}`}>
                {sum.checksum}
              </span>{' '}
              {n(sum.mismatchedChunks)} of {n(sum.chunks)} chunks differ
            </>
          )}
        </dd>
        {sum.orphans.length > 0 ? (
          <>
            <dt>Orphans</dt>
            <dd>
              <ul className="db-verify-list">
                {sum.orphans.map((o) => (
                  <li key={`${o.side}-${o.foreignKey}`}>
                    {o.side} {o.foreignKey}: {n(o.count)}
                    {o.samples.length > 0 ? ` (${o.samples.slice(0, 5).join('; ')})` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {open.length > 0 ? (
        <TableScroll label="Mismatching ranges" title={`Mismatching ranges in round ${last?.number ?? ''}`}>
          <table aria-label="Mismatching ranges">
            <thead>
              <tr>
                <th scope="col">Range</th>
                <th scope="col">Source rows</th>
                <th scope="col">Target rows</th>
              </tr>
            </thead>
            <tbody>
              {open.slice(0, 200).map((s, i) => (
                <tr key={i}>
                  <td>{rangeText(key, s)}</td>
                  <td className="num">{n(s.sourceRows)}</td>
                  <td className="num">{n(s.targetRows)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {sum.differences.length > 0 ? (
        <TableScroll label="Differing keys" title={`Differing keys (${n(sum.differences.length)})`}>
          <table aria-label="Differing keys">
            <thead>
              <tr>
                <th scope="col">{keyText(key)}</th>
                <th scope="col">Difference</th>
                <th scope="col">Columns</th>
              </tr>
            </thead>
            <tbody>
              {sum.differences.slice(0, 500).map((d) => (
                <tr key={`${d.kind}-${d.key.join('\u0000')}`}>
                  <td>{keyText(d.key)}</td>
                  <td>
                    {d.kind === 'missing'
                      ? 'missing in the target'
                      : d.kind === 'extra'
                        ? 'extra in the target'
                        : 'changed'}
                  </td>
                  <td>{d.columns.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {sum.wholeRanges.map((r, i) => (
        <p key={i} className="field-help">
          {(r.sourceRows ?? 0) === 0
            ? `${n(r.targetRows)} rows only in the target`
            : `${n(r.sourceRows)} rows missing in the target`}
          : {rangeText(key, r)}.
        </p>
      ))}
    </section>
  );
}
