import { useState } from 'react';
import { Notice } from '../../components/notice';
import type { VerifySession } from '../../domain';
import { applyRound, type RoundBuild, type VerifyContext, type Applied } from '../../verify';
import { SideSql } from './side-sql';

const INTRO: Record<RoundBuild['sql']['kind'], string> = {
  describe: 'Columns, keys and row count of each table, from the catalog and one count.',
  boundaries: 'Every so many keys in key order, on the source only: they bound the chunks on both sides.',
  checksum:
    'A row count and an order-independent checksum per chunk of the key range, and orphans per foreign key.',
  narrow: 'Only the mismatching pieces: each is cut into 16, or listed row by row when small.',
};

/** The round to run next: its SQL for each side and the boxes its outputs come back in. */
export function NextRound(props: {
  id: string;
  session: VerifySession;
  build: RoundBuild;
  context: VerifyContext;
  now: () => Date;
  onApplied: (applied: Applied) => string | null;
}) {
  const { id, session, build, context } = props;
  const [pasted, setPasted] = useState({ source: '', target: '' });
  const [error, setError] = useState<string | null>(null);
  const { number, kind } = build.sql;
  const sides = (['source', 'target'] as const).filter((s) => build.sql[s] !== null);
  const ready = sides.every((s) => pasted[s].trim() !== '');
  const compare = () => {
    const applied = applyRound(session, context, pasted, props.now());
    if ('error' in applied) {
      setError(applied.error);
      return;
    }
    const failed = props.onApplied(applied);
    setError(failed);
    if (failed === null) setPasted({ source: '', target: '' });
  };
  return (
    <section className="db-verify-round" aria-labelledby={`${id}-round-h`}>
      <h3 id={`${id}-round-h`}>
        Round {number}: {build.sql.heading}
      </h3>
      <p className="field-help">{INTRO[kind]}</p>
      <div className="db-verify-sides">
        {sides.map((side) => (
          <SideSql
            key={side}
            id={id}
            side={side}
            dialect={session.setup[side].dialect}
            table={session.setup[side].table}
            round={number}
            sql={build.sql[side] ?? ''}
            pasted={pasted[side]}
            onPaste={(text) => {
              setPasted((p) => ({ ...p, [side]: text }));
              setError(null);
            }}
          />
        ))}
      </div>
      <div className="row">
        <button type="button" className="primary" disabled={!ready} onClick={compare}>
          Compare round {number}
        </button>
        {!ready ? (
          <span className="field-help">
            Paste {sides.length === 1 ? "the source's output" : 'both outputs'} first.
          </span>
        ) : null}
      </div>
      <Notice text={error} banner />
    </section>
  );
}
