import { useCallback, useEffect, useRef } from 'react';
import { focusFieldSoon, stepForPath } from '../components/focus-field';
import { Link, navigate } from '../components/router';
import { draftsPath, planPath, STEPS, type StepId } from '../components/routes';
import { EvaluationPanel, ReadinessBadge } from '../features/evaluation';
import { PlanDetails } from '../features/plan-details';
import { useWorkbench } from '../state';
import { useEvaluation, useEvaluationStatus, useStoreClock } from '../state/use-evaluation';
import { DraftError } from './draft-error';
import { SaveIndicator } from './save-indicator';
import { SaveProblem } from './save-problem';
import { StepNav } from './step-nav';
import { StepPanes } from './step-panes';
import './shell.css';
import './editor.css';

export function EditorShell({ id, step }: { id: string; step: StepId }) {
  const plan = useWorkbench((s) => (s.openDraftId === id ? s.plan : null));
  const error = useWorkbench((s) => (s.openDraftId === id ? s.editorError : null));
  const generation = useWorkbench((s) => s.planGeneration);
  const draftOpened = useWorkbench((s) => s.draftOpened);
  useStoreClock(60_000);
  const evaluation = useEvaluation();
  const status = useEvaluationStatus();

  // A finding names a field path: open the step that edits it, then move focus there. The step is
  // read through a ref so the callback keeps its identity and a step switch does not re-render the
  // (memoised) findings panel.
  const stepRef = useRef(step);
  stepRef.current = step;
  const goTo = useCallback(
    (path: string) => {
      const target = stepForPath(path);
      if (target && target !== stepRef.current) navigate(planPath(id, target));
      focusFieldSoon(path);
    },
    [id],
  );

  useEffect(() => {
    void draftOpened(id);
  }, [draftOpened, id]);

  // Alt+PageDown / Alt+PageUp move between steps from anywhere, without leaving the keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
      const index = STEPS.findIndex((s) => s.id === step);
      const next = STEPS[index + (event.key === 'PageDown' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        navigate(planPath(id, next.id));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, step]);

  if (error) return <DraftError message={error} />;
  if (!plan) return <main className="page muted">Opening the draft…</main>;

  const stepLabel = STEPS.find((s) => s.id === step)?.label ?? step;
  return (
    <div className="editor">
      <div className="editor-bar">
        <div className="editor-title">
          <Link href={draftsPath()} className="back-link">
            ← All plans
          </Link>
          <h1>{plan.title}</h1>
        </div>
        <div className="editor-status">
          {evaluation ? <ReadinessBadge evaluation={evaluation} status={status} /> : null}
          <SaveIndicator onGoTo={goTo} />
        </div>
      </div>
      <SaveProblem />
      <StepNav plan={plan} evaluation={evaluation} current={step} />
      <div className="editor-columns">
        <main className="editor-main" aria-label={stepLabel}>
          <h2 className="visually-hidden">{stepLabel}</h2>
          <PlanDetails key={`details-${plan.id}-${generation}`} plan={plan} />
          <StepPanes key={`${plan.id}-${generation}`} plan={plan} evaluation={evaluation} step={step} />
        </main>
        {evaluation ? <EvaluationPanel evaluation={evaluation} status={status} onGoTo={goTo} /> : null}
      </div>
    </div>
  );
}
