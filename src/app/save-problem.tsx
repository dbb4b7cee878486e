import { useWorkbench } from '../state';

/** Why the last save did not land, and for a conflict, the person's choice of version. */
export function SaveProblem() {
  const status = useWorkbench((s) => s.saveStatus);
  const message = useWorkbench((s) => s.saveMessage);
  const keepMine = useWorkbench((s) => s.conflictKeptMine);
  const takeTheirs = useWorkbench((s) => s.conflictTookTheirs);
  if (!message) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <span>{message}</span>
      {status === 'conflict' ? (
        <span className="row">
          <button type="button" onClick={() => void keepMine()}>
            Keep my version
          </button>
          <button type="button" onClick={() => void takeTheirs()}>
            Load the other version
          </button>
        </span>
      ) : null}
    </div>
  );
}
