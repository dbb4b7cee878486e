import { startTransition, useEffect, useState, type RefObject } from 'react';
import { DRAW_THROUGH_EVENT } from '../../components/focus-field';
import { whenIdle } from '../../components/idle';
import { drawMore, drawThrough, itemIndex, shownCount, startDrawing } from './drawn-phases';

/**
 * How many of `total` phase cards to render (drawn-phases.ts says why a chunk at a time). Each
 * further chunk is its own task, after the frame before it was painted, as an interruptible
 * transition: typing goes first. While the step is hidden its effects do not run, so nothing is
 * drawn for a step nobody looks at. A finding's link to a phase not drawn yet draws through it at
 * once (focus-field.ts sends the request to the list, `listRef`, while it carries `data-drawing`).
 */
export function useDrawnPhases(total: number, listPath: string, listRef: RefObject<HTMLElement | null>) {
  const [state, setState] = useState(() => startDrawing(total));
  const shown = shownCount(state, total);
  const drawing = shown < total;

  useEffect(() => {
    if (!drawing) return;
    return whenIdle(() => startTransition(() => setState((s) => drawMore(s, total))), 200);
  }, [drawing, shown, total]);

  useEffect(() => {
    const list = listRef.current;
    if (!drawing || !list) return;
    const onRequest = (event: Event) => {
      const index = event instanceof CustomEvent ? itemIndex(listPath, String(event.detail)) : null;
      if (index !== null) setState((s) => drawThrough(s, total, index));
    };
    list.addEventListener(DRAW_THROUGH_EVENT, onRequest);
    return () => list.removeEventListener(DRAW_THROUGH_EVENT, onRequest);
  }, [drawing, listPath, listRef, total]);

  return { shown, drawing };
}
