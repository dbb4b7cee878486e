import type { VerifySession } from '../../domain';

const KIND: Record<string, string> = {
  describe: 'describe',
  boundaries: 'chunk boundaries',
  checksum: 'checksum',
  narrow: 'narrow down',
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every round kept with the phase, newest last: what it compared and what it found. */
export function RoundHistory({ id, session }: { id: string; session: VerifySession }) {
  if (session.rounds.length === 0) return null;
  return (
    <details className="db-verify-history">
      <summary>
        Rounds so far ({session.rounds.length}), started {new Date(session.startedAt).toLocaleString()}
      </summary>
      <ol aria-label="Rounds of this verification" id={`${id}-rounds`}>
        {session.rounds.map((r) => (
          <li key={r.number}>
            <strong>
              Round {r.number}, {KIND[r.kind] ?? r.kind}
            </strong>{' '}
            <span className="muted">
              {new Date(r.at).toLocaleString()}; pasted {kb(r.sourceBytes)} + {kb(r.targetBytes)}
            </span>
            {(r.kind === 'checksum' || r.kind === 'narrow') && r.checked > 0 ? (
              <span>
                {' '}
                — {r.checked} pieces compared, {r.mismatched.length} differ
              </span>
            ) : null}
            {r.note ? <p className="field-help">{r.note}</p> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
