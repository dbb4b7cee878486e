import type { DroppedKey } from '../../domain/dropped-keys';

const SHOWN = 20;

/** The keys of an imported file that are not part of a plan, each where it was and what it likely meant. */
export function DroppedKeysList({ dropped }: { dropped: readonly DroppedKey[] }) {
  if (dropped.length === 0) return null;
  const n = dropped.length;
  return (
    <div className="dropped-keys">
      <p>
        {n === 1 ? 'One key' : `${n} keys`} in the file {n === 1 ? 'is' : 'are'} not part of a plan and{' '}
        {n === 1 ? 'was' : 'were'} left out:
      </p>
      <ul aria-label="Keys left out">
        {dropped.slice(0, SHOWN).map((d) => (
          <li key={d.path}>
            <code>{d.path}</code>
            {d.suggestion === null ? null : (
              <>
                {' '}
                (did you mean <code>{d.suggestion}</code>?)
              </>
            )}
          </li>
        ))}
        {n > SHOWN ? <li>and {n - SHOWN} more</li> : null}
      </ul>
    </div>
  );
}
