/**
 * Page side of the rehearsal worker: one worker per rehearsal (each needs a fresh database anyway),
 * progress callbacks, and cancel through an AbortSignal, which terminates the worker: PGlite cannot
 * be interrupted mid-statement, and a terminated worker frees its WASM memory at once.
 * The promise never rejects: failures and cancellation resolve to `{ ok: false, message }`.
 */
import type { BootInfo, FromRehearsalWorker, ToRehearsalWorker } from '../protocol';
import { FIRST_RUN_OFFLINE_MESSAGE } from '../offline';
import type { RehearsalInput, RehearsalProgress, RehearsalResult } from '../types';

export type { BootInfo } from '../protocol';

export type RehearsalOutcome =
  { ok: true; result: RehearsalResult; boot: BootInfo } | { ok: false; cancelled: boolean; message: string };

export type RunRehearsalOptions = {
  onProgress?: (progress: RehearsalProgress) => void;
  signal?: AbortSignal;
};

export function runRehearsal(
  input: RehearsalInput,
  { onProgress, signal }: RunRehearsalOptions = {},
): Promise<RehearsalOutcome> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ ok: false, cancelled: true, message: 'The rehearsal was cancelled.' });
      return;
    }
    const worker = new Worker(new URL('./rehearsal.worker.ts', import.meta.url), { type: 'module' });
    let settled = false;
    const finish = (outcome: RehearsalOutcome) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish({ ok: false, cancelled: true, message: 'The rehearsal was cancelled.' });
    worker.addEventListener('message', (event: MessageEvent<FromRehearsalWorker>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.progress);
      else if (message.type === 'result') finish({ ok: true, result: message.result, boot: message.boot });
      else if (message.type === 'error') finish({ ok: false, cancelled: false, message: message.message });
    });
    worker.addEventListener('error', (event) => {
      // Offline before the first rehearsal, the worker's own script (or PGlite) cannot be fetched.
      const offline = typeof navigator !== 'undefined' && !navigator.onLine;
      finish({
        ok: false,
        cancelled: false,
        message: offline
          ? FIRST_RUN_OFFLINE_MESSAGE
          : `The rehearsal worker stopped: ${event.message || 'unknown error'}`,
      });
    });
    worker.addEventListener('messageerror', () => {
      finish({
        ok: false,
        cancelled: false,
        message: 'The rehearsal worker sent a message that could not be read.',
      });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    const request: ToRehearsalWorker = { type: 'start', input };
    worker.postMessage(request);
  });
}
