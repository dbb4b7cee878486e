import { useCallback, useEffect } from 'react';
import { focusFieldSoon, stepForPath } from '../components/focus-field';
import { Link, navigate } from '../components/router';
import { planPath } from '../components/routes';
import { DbVerifyPanel } from '../features/db-verify';
import { ExportCheckPanel } from '../features/export-check';
import { RunScreen } from '../features/run';
import { useWorkbench } from '../state';
import { useEvaluation, useEvaluationStatus, useStoreClock } from '../state/use-evaluation';
import { CHECKING_SQL } from '../state';
import { DraftError } from './draft-error';
import { SaveIndicator } from './save-indicator';
import { SaveProblem } from './save-problem';
import './shell.css';

export function RunShell({ id }: { id: string }) {
  const plan = useWorkbench((s) => (s.openDraftId === id ? s.plan : null));
  const error = useWorkbench((s) => (s.openDraftId === id ? s.editorError : null));
  const draftOpened = useWorkbench((s) => s.draftOpened);
  // One clock for the screen and its evaluation: the soak clock and SC-06 change in the same second.
  const nowMs = useStoreClock(1000);
  const evaluation = useEvaluation();
  // Migration day acts on the verdict (start gating, triggers), so it waits for the SQL facts rather
  // than show a verdict without them; after opening, nothing here edits SQL.
  const status = useEvaluationStatus();
  useEffect(() => {
    void draftOpened(id);
  }, [draftOpened, id]);
  const goTo = useCallback(
    (path: string) => {
      navigate(planPath(id, stepForPath(path) ?? 'assessment'));
      focusFieldSoon(path);
    },
    [id],
  );
  if (error) return <DraftError message={error} />;
  if (!plan || !evaluation) return <main className="page muted">Opening the draft…</main>;
  if (status === 'checking-sql') return <main className="page muted">Opening the draft: {CHECKING_SQL}</main>;
  return (
    <div className="editor">
      <div className="editor-bar">
        <div className="editor-title">
          <Link href={planPath(id)} className="back-link">
            ← Back to the plan
          </Link>
          <h1>Migration day: {plan.title}</h1>
        </div>
        <SaveIndicator onGoTo={goTo} />
      </div>
      <SaveProblem />
      <main className="run-main" aria-label="Migration day">
        <RunScreen
          plan={plan}
          evaluation={evaluation}
          now={new Date(nowMs)}
          onGoTo={goTo}
          exportCheck={(phaseId, checkId) => (
            <ExportCheckPanel plan={plan} phaseId={phaseId} checkId={checkId} />
          )}
          dbVerify={(phaseId, checkId) => (
            <DbVerifyPanel plan={plan} phaseId={phaseId} checkId={checkId} now={new Date(nowMs)} />
          )}
        />
      </main>
    </div>
  );
}
