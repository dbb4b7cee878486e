import { startTransition, useEffect, useRef, useState } from 'react';
import { DRAW_THROUGH_EVENT } from './focus-field';
import { whenIdle } from './idle';

/**
 * How many body rows a table draws now. With `first`, a freshly mounted table draws that many and
 * the rest of its page in the pass after the frame that shows it (a page opened on a step whose long
 * table sits below the fold: the step's top is painted without waiting for rows nobody sees yet).
 * While it is short of rows, its element carries `data-drawing="<listPath>"`, so that a finding's
 * link to a row not drawn yet asks for them all at once (focus-field.ts) instead of settling for the
 * table. Without `first`, every row, always.
 */
export function useFirstRows(first: number | undefined, listPath: string | undefined) {
  const [limited, setLimited] = useState(first !== undefined);
  const ref = useRef<HTMLTableElement>(null);

  useEffect(() => {
    if (!limited) return;
    const element = ref.current;
    const drawAll = () => setLimited(false);
    element?.addEventListener(DRAW_THROUGH_EVENT, drawAll);
    const cancel = whenIdle(() => startTransition(drawAll), 200);
    return () => {
      cancel();
      element?.removeEventListener(DRAW_THROUGH_EVENT, drawAll);
    };
  }, [limited]);

  return {
    ref,
    limit: limited && first !== undefined ? first : Number.POSITIVE_INFINITY,
    drawing: limited && first !== undefined ? listPath : undefined,
  };
}
