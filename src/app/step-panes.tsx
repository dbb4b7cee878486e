import { Activity, memo, startTransition, useEffect, useMemo, useState } from 'react';
import { whenIdle } from '../components/idle';
import { PaneShown } from '../components/pane-shown';
import { STEPS, type StepId } from '../components/routes';
import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { AssessmentStep } from '../features/assessment';
import { SqlReviewCard } from '../features/sql-review';
import { useChunk } from './chunk';
import { allStepsLoaded, STEP_CHUNKS } from './step-chunks';
import { allCaughtUp, caughtUpPanes, initialPanes, nextPanes } from './step-panes-state';

/** A step whose code is a chunk: a line while it loads (opened on it at once), and why if it cannot. */
function ChunkedStep({ step, plan }: { step: Exclude<StepId, 'assessment'>; plan: Plan }) {
  const state = useChunk(STEP_CHUNKS[step]);
  const label = STEPS.find((s) => s.id === step)?.label ?? step;
  if (state.status === 'loaded') {
    const View = state.module;
    return <View plan={plan} />;
  }
  if (state.status === 'loading') return <p className="muted">Opening the {label} step…</p>;
  return (
    <p className="banner banner-error" role="alert">
      Could not load the {label} step: {state.message}. Reload the page to try again.
    </p>
  );
}

/** How long typing must pause before the hidden steps catch up with it. */
const CATCH_UP_PAUSE_MS = 600;

/**
 * Memoised: a hidden pane drawn with the current plan and evaluation is skipped when the shell
 * re-renders. The steps read the evaluation from the store themselves; it is a prop here so that a
 * new one redraws the pane.
 */
const StepPane = memo(function StepPane({ step, plan }: { step: StepId; plan: Plan; evaluation: unknown }) {
  if (step === 'assessment') return <AssessmentStep plan={plan} schemaSlot={<SqlReviewCard plan={plan} />} />;
  return <ChunkedStep step={step} plan={plan} />;
});

/**
 * Every step of the plan, the current one shown and the others kept mounted but hidden (React's
 * Activity: hidden trees keep their state, lose their effects, and render at the lowest priority).
 * Switching to a step is then a reveal: no mount, nothing to fetch or compute. Steps not yet visited
 * are drawn, hidden, once the browser is idle after the editor opens, and hidden steps catch up
 * with edits after a pause in typing (see step-panes-state.ts). Remounted per draft and generation
 * by the shell.
 */
export function StepPanes({
  plan,
  evaluation,
  step,
}: {
  plan: Plan;
  evaluation: Evaluation | null;
  step: StepId;
}) {
  const drawn = useMemo(() => ({ plan, evaluation }), [plan, evaluation]);
  const [state, setState] = useState(() => initialPanes(step, drawn));
  // The step on screen follows the plan in this same render (React's "adjust state while rendering").
  const panes = nextPanes(state, step, drawn);
  if (panes !== state) setState(panes);

  const caughtUp = allCaughtUp(panes, drawn);
  const anyHidden = Object.keys(panes.panes).length > 1;
  useEffect(() => {
    if (caughtUp) return;
    let live = true;
    let cancelIdle = () => {};
    // The hidden panes' code first: a pane mounted hidden runs no effects, so it could not ask for it.
    const catchUp = () =>
      void allStepsLoaded().then(() => {
        if (live) startTransition(() => setState((s) => caughtUpPanes(s, drawn)));
      });
    // The first time right after the editor is on screen; afterwards once typing pauses (a newer
    // edit re-runs this effect and so restarts the wait).
    const timer = setTimeout(() => (cancelIdle = whenIdle(catchUp, 2000)), anyHidden ? CATCH_UP_PAUSE_MS : 0);
    return () => {
      live = false;
      clearTimeout(timer);
      cancelIdle();
    };
  }, [caughtUp, anyHidden, drawn]);

  return STEPS.map(({ id }) => {
    const pane = panes.panes[id];
    if (!pane) return null;
    return (
      <Activity key={id} mode={id === step ? 'visible' : 'hidden'}>
        <div className="step-pane" data-step={id}>
          <PaneShown value={id === step}>
            <StepPane key={pane.version} step={id} plan={pane.plan} evaluation={pane.evaluation} />
          </PaneShown>
        </div>
      </Activity>
    );
  });
}
