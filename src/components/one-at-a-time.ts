/**
 * A queue that runs async jobs one at a time, each starting in a task of its own. Mermaid lays a
 * diagram out in one synchronous stretch; renders started from promise callbacks would otherwise all
 * run in the same microtask checkpoint, one long task holding the tab for every diagram together.
 */
export function oneAtATimeQueue(nextTask: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))) {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(job: () => Promise<T>): Promise<T> {
    const result = tail.then(nextTask).then(job);
    tail = result.catch(() => undefined);
    return result;
  };
}
