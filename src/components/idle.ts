/**
 * Runs `task` when the browser is idle, or after `timeoutMs` at the latest; returns a cancel
 * function. Safari has no requestIdleCallback: there a timer stands in, which still runs after the
 * current frame is painted.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 50);
  return () => window.clearTimeout(handle);
}
