/**
 * The owner worker's line to its helper (side-workers.ts): either a worker it started itself, or the port to
 * one the page started beside it (client.ts). Both look the same to the side runner.
 *
 * Why the page starts the helper: a worker started by a worker begins only once its parent runs, and its
 * script is fetched through the parent, so the helper answered 30-50 ms after the owner began (Chromium 156,
 * the bench pair); started by the page, both load at once and the sides start as soon as the owner has looked
 * at the files' first rows.
 */
import type { FromSideWorker, ToSideWorker } from '../protocol';

export interface HelperChannel {
  post(message: ToSideWorker, transfer?: Transferable[]): void;
  /** Hears the helper's messages and its failure (it stopped) until the returned function is called. */
  listen(onMessage: (message: FromSideWorker) => void, onError: (why: string) => void): () => void;
  terminate(): void;
}

export function workerChannel(worker: Worker): HelperChannel {
  return {
    post: (message, transfer = []) => worker.postMessage(message, transfer),
    listen(onMessage, onError) {
      const message = (event: MessageEvent<FromSideWorker>) => onMessage(event.data);
      const error = (event: ErrorEvent) => onError(event.message || 'it stopped (out of memory?)');
      worker.addEventListener('message', message);
      worker.addEventListener('error', error);
      return () => {
        worker.removeEventListener('message', message);
        worker.removeEventListener('error', error);
      };
    },
    terminate: () => worker.terminate(),
  };
}

/**
 * A helper the page started: the port carries the messages, and the page, which alone hears the helper's
 * error event, passes it on (`fail`). Terminating closes the port; the page ends the helper itself.
 */
export function portChannel(port: MessagePort): HelperChannel & { fail(why: string): void } {
  const listeners = new Set<{ message: (m: FromSideWorker) => void; error: (why: string) => void }>();
  let open = true;
  port.addEventListener('message', (event: MessageEvent<FromSideWorker>) => {
    for (const l of [...listeners]) if (open) l.message(event.data);
  });
  port.start();
  return {
    post(message, transfer = []) {
      if (open) port.postMessage(message, transfer);
    },
    listen(onMessage, onError) {
      const l = { message: onMessage, error: onError };
      listeners.add(l);
      return () => listeners.delete(l);
    },
    terminate() {
      open = false;
      listeners.clear();
      port.close();
    },
    fail(why) {
      for (const l of [...listeners]) if (open) l.error(why);
    },
  };
}
