/**
 * Page side of the CSV export integrity check: two workers per run (the owner, and beside it a helper that
 * reads the target on the other core: helper.ts says why the page starts both), a typed promise,
 * progress callbacks and cancel through an AbortSignal. The promise never rejects for check outcomes:
 * refusals, read errors, a crashed worker and cancellation all resolve to `{ ok: false, error }`, so the UI
 * handles one shape.
 */
import type { FromWorker, IntegrityCheckRequest, ToWorker } from '../protocol';
import type { ProgressUpdate } from '../progress';
import type { IntegrityFailure, IntegrityResult } from '../types';

export type { IntegrityCheckRequest } from '../protocol';

export interface RunIntegrityCheckOptions {
  /** At most about every 100 ms, plus once at the end of the reading. */
  onProgress?: (progress: ProgressUpdate) => void;
  signal?: AbortSignal;
}

function failed(code: IntegrityFailure['error']['code'], message: string): IntegrityFailure {
  return { ok: false, error: { code, file: null, message } };
}

export function runIntegrityCheck(
  input: IntegrityCheckRequest,
  { onProgress, signal }: RunIntegrityCheckOptions = {},
): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(failed('cancelled', 'The check was cancelled.'));
      return;
    }
    // Written out twice: Vite bundles a worker only where it sees this exact `new Worker(new URL(...))` form.
    const worker = new Worker(new URL('./integrity.worker.ts', import.meta.url), { type: 'module' });
    const helper = new Worker(new URL('./integrity.worker.ts', import.meta.url), { type: 'module' });
    const line = new MessageChannel();
    const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
    let settled = false;
    const finish = (result: IntegrityResult) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      // Terminating frees the key tables at once, instead of waiting for the workers to be collected.
      worker.terminate();
      helper.terminate();
      resolve(result);
    };
    const onAbort = () => {
      send({ type: 'cancel' });
      finish(failed('cancelled', 'The check was cancelled.'));
    };
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') {
        const { bytesDone, bytesTotal, etaSeconds } = message;
        onProgress?.({ bytesDone, bytesTotal, etaSeconds });
      } else finish(message.result);
    });
    worker.addEventListener('error', (event) => {
      finish(failed('internal', `The integrity worker stopped: ${event.message || 'unknown error'}`));
    });
    worker.addEventListener('messageerror', () => {
      finish(failed('internal', 'The integrity worker sent a message that could not be read.'));
    });
    // Only the page hears the helper stop; the owner then reads the helper's side itself, or reports it.
    helper.addEventListener('error', (event) => {
      send({ type: 'helper-failed', why: event.message || 'it stopped (out of memory?)' });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    const toHelper: ToWorker = { type: 'helper', port: line.port2 };
    helper.postMessage(toHelper, [line.port2]);
    send({ type: 'start', request: input, helper: line.port1 }, [line.port1]);
  });
}
