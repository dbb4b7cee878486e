/**
 * Runs `task` once the next frame has been painted and the browser is idle (or after `timeoutMs` at
 * the latest); returns a cancel function. Waiting for the paint matters: an idle period can come
 * between a render and the frame that shows it, and work started there would delay that frame.
 * Safari has no requestIdleCallback: there a timer stands in.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  let cancelled = false;
  let cancelIdle = () => {};
  const frame = requestAnimationFrame(() =>
    setTimeout(() => {
      if (cancelled) return;
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
        cancelIdle = () => window.cancelIdleCallback(handle);
      } else {
        const handle = window.setTimeout(task, 50);
        cancelIdle = () => window.clearTimeout(handle);
      }
    }, 0),
  );
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    cancelIdle();
  };
}
