import { STEPS, type StepId } from '../components/routes';
import type { Plan } from '../domain';
import type { Evaluation } from '../engine';

/**
 * Which plan each step's pane is drawn with. Every step stays mounted once drawn (hidden while another
 * step shows), so going back to a step is a reveal rather than a fresh mount, and the steps not yet
 * visited are drawn, hidden, when the browser is idle after the editor opens.
 *
 * The step on screen always follows the plan. Hidden steps keep the plan they were last drawn with
 * and catch up when the person pauses (`caughtUpPanes`), so typing does not redraw four hidden
 * steps. The evaluation goes with the plan: it also changes without an edit (the SQL analysis
 * arrives from its worker), and a hidden step drawn with an old one would redraw as it is shown.
 *
 * A step's forms hold the values of their part of the plan while mounted (they read it once). When
 * that part changed while the step was not the one being edited (another step's edit reached into
 * it, for example deleting a phase clears the point of no return), the pane is drawn afresh:
 * `version` is its key.
 */
/** What a pane was drawn with. */
export type Drawn = { plan: Plan; evaluation: Evaluation | null };
export type Pane = Drawn & { owned: unknown; version: number };
export type Panes = { active: StepId; panes: Partial<Record<StepId, Pane>> };

/** The part of the plan whose values each step's forms own while mounted. */
const OWNED: Record<StepId, (plan: Plan) => unknown> = {
  assessment: (p) => p.assessment,
  strategy: (p) => p.strategy,
  rollback: (p) => p.rollback,
  execution: (p) => p.execution,
  outputs: () => null,
};

export function initialPanes(step: StepId, drawn: Drawn): Panes {
  return { active: step, panes: { [step]: { ...drawn, owned: OWNED[step](drawn.plan), version: 0 } } };
}

const same = (pane: Pane | undefined, drawn: Drawn) =>
  pane?.plan === drawn.plan && pane.evaluation === drawn.evaluation;

function drawPane(current: Pane | undefined, id: StepId, drawn: Drawn, ownEdit: boolean): Pane {
  const owned = OWNED[id](drawn.plan);
  // Unless the step being edited made this change itself (its forms already show it), a change to
  // the part its forms own means drawing it afresh.
  const redraw = current !== undefined && owned !== current.owned && !ownEdit;
  return { ...drawn, owned, version: (current?.version ?? 0) + (redraw ? 1 : 0) };
}

/** The panes after a render with `step` on screen: that step follows `drawn`, the others stay. */
export function nextPanes(state: Panes, step: StepId, drawn: Drawn): Panes {
  const current = state.panes[step];
  if (state.active === step && same(current, drawn)) return state;
  if (same(current, drawn)) return { ...state, active: step };
  const pane = drawPane(current, step, drawn, state.active === step);
  return { active: step, panes: { ...state.panes, [step]: pane } };
}

/** Every step mounted and drawn with `drawn`, except the one on screen, which follows the render. */
export function caughtUpPanes(state: Panes, drawn: Drawn): Panes {
  let changed = false;
  const panes = { ...state.panes };
  for (const { id } of STEPS) {
    if (id === state.active || same(panes[id], drawn)) continue;
    panes[id] = drawPane(panes[id], id, drawn, false);
    changed = true;
  }
  return changed ? { ...state, panes } : state;
}

/** True when every step is mounted and drawn with `drawn`: nothing left to catch up on. */
export function allCaughtUp(state: Panes, drawn: Drawn): boolean {
  return STEPS.every(({ id }) => same(state.panes[id], drawn));
}
