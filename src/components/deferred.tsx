import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders its children in a second, interruptible pass just after the first one has been painted.
 * For the heavy parts of a step that sit below the fold (a table of components, a list of
 * dependencies): the step shows at once with what is on screen, and these follow a frame or two
 * later, without holding up typing or the switch. `minHeight` keeps the page from jumping meanwhile.
 */
export function Deferred({ children, minHeight }: { children: ReactNode; minHeight: string }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : <div className="deferred" aria-busy="true" style={{ minHeight }} />;
}
