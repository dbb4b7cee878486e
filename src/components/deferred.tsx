import { Activity, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { whenIdle } from './idle';
import { PaneShown } from './pane-shown';

/**
 * Shows its children once the frame that shows the rest of the step has been painted and the
 * browser is idle: when the step first mounts, and again each time its (kept-mounted) pane is shown. For the heavy parts
 * of a step that sit below the fold (a table of components, a list of dependencies): the step shows
 * at once with what is on screen, and these follow a frame later, in an interruptible pass that
 * does not hold up typing. Meanwhile they stay mounted but hidden (drawn ahead of time while the
 * browser is idle), and a placeholder of `minHeight` keeps the page from jumping.
 */
export function Deferred({
  children,
  minHeight,
  firstFrame = false,
}: {
  children: ReactNode;
  minHeight: string;
  /**
   * Mounted on screen (a page opened on this step), the children come in the step's first frame; they
   * wait only when the pane is shown again. For what a step is opened to see (Assessment's table).
   */
  firstFrame?: boolean;
}) {
  const shown = useContext(PaneShown);
  const [state, setState] = useState(() => ({ shown, ready: firstFrame && shown }));
  // Each time the pane is shown (or hidden) the children wait again: adjusted while rendering, so
  // the frame that reveals the pane does not include them.
  if (state.shown !== shown) setState({ shown, ready: false });
  const ready = state.shown === shown && state.ready;
  useEffect(() => {
    if (!shown || ready) return;
    // After the paint and once the browser is idle, or 300 ms at the latest: work queued right
    // behind the paint (a keystroke, the rest of the switch) goes first.
    const reveal = () => startTransition(() => setState((s) => (s.shown ? { ...s, ready: true } : s)));
    return whenIdle(reveal, 300);
  }, [shown, ready]);
  return (
    <>
      <Activity mode={ready ? 'visible' : 'hidden'}>{children}</Activity>
      {ready ? null : <div className="deferred" aria-busy="true" style={{ minHeight }} />}
    </>
  );
}
