/**
 * How many phase cards are in the page. A plan of 500 phases drawn in one go is one task of a few
 * hundred milliseconds (React, then layout) and the tab freezes; drawn a chunk per task, no task
 * is long, and a few frames later every card is there: for Tab, a screen reader's list and the
 * browser's find. A plan with no more than FIRST_PHASES phases is drawn whole at once, as before.
 */

/** Enough cards to fill a tall screen: the first frame looks complete. */
export const FIRST_PHASES = 30;
/** Cards added per task after that: about 20 ms of React and layout on a laptop. */
export const PHASES_PER_TASK = 50;

/** `drawn` cards so far; once every card was in, later phases (Add phase) show at once too. */
export type Drawn = { drawn: number; complete: boolean };

export const startDrawing = (total: number): Drawn =>
  total <= FIRST_PHASES ? { drawn: total, complete: true } : { drawn: FIRST_PHASES, complete: false };

/** The number of cards to render now. */
export const shownCount = (state: Drawn, total: number): number =>
  state.complete ? total : Math.min(total, state.drawn);

/** One more chunk; complete once it reaches the end. */
export function drawMore(state: Drawn, total: number): Drawn {
  if (state.complete) return state;
  const drawn = Math.min(total, state.drawn + PHASES_PER_TASK);
  return { drawn, complete: drawn >= total };
}

/** Draws at once up to and including card `index` (a finding's link to a phase not drawn yet). */
export function drawThrough(state: Drawn, total: number, index: number): Drawn {
  if (state.complete || index < state.drawn) return state;
  const drawn = Math.min(total, index + 1);
  return { drawn, complete: drawn >= total };
}

/** The index of the list item a plan path is in: `execution.phases[412].steps[0]` → 412. */
export function itemIndex(listPath: string, path: string): number | null {
  if (!path.startsWith(`${listPath}[`)) return null;
  const match = /^\[(\d+)\]/.exec(path.slice(listPath.length));
  return match ? Number(match[1]) : null;
}
