import type { VerifySession } from '../../domain';
import { rangeText, summarise } from '../../verify';
import { KeysTable, RangesTable } from './verify-tables';

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
      {open.length > 0 ? <RangesTable keyColumns={key} round={last?.number} ranges={open} /> : null}
      {sum.differences.length > 0 ? <KeysTable keyColumns={key} differences={sum.differences} /> : null}
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
