/**
 * The integrity worker's second core: one side of the key diff read by another instance of the same worker
 * script (so it needs no bundle of its own). Reading and hashing are CPU-bound here, about as costly as the
 * read itself, so the source and the target are read at the same time, one per worker, and only the finished
 * key logs meet (their buffers are transferred, not copied).
 */
import type { FileHandle, FromSideWorker, ToSideWorker } from '../integrity/protocol';
import { failure, fileTitle, type ByteSource } from '../integrity/read-pass';
import { logBuffers } from '../integrity/key-log';
import { scanSide, type SideRunner } from '../integrity/side';

/** Progress from the helper at most every this many bytes: each message costs the owner a task. */
const BYTES_PER_MESSAGE = 8 * 1024 * 1024;

/** In the helper: reads its side and posts the outcome, with the key table's buffers transferred. */
export async function serveSide(
  message: ToSideWorker,
  src: ByteSource,
  post: (message: FromSideWorker, transfer?: Transferable[]) => void,
): Promise<void> {
  let unsent = 0;
  const outcome = await scanSide(
    { ...message.side, src },
    {
      onChunk: (n) => {
        unsent += n;
        if (unsent < BYTES_PER_MESSAGE) return;
        post({ type: 'side-bytes', bytes: unsent });
        unsent = 0;
      },
    },
  ).catch((err: unknown) => {
    const why = err instanceof Error ? err.message : String(err);
    return failure(
      'internal',
      message.side.label,
      `Reading ${fileTitle(message.side.label, src.name)} failed: ${why}`,
    );
  });
  if (unsent > 0) post({ type: 'side-bytes', bytes: unsent });
  post({ type: 'side-result', outcome }, outcome.ok ? logBuffers(outcome.log) : []);
}

/**
 * In the owner: runs the sides whose File is in `files` in a helper worker started from `workerUrl`, the
 * others here. Where workers cannot start workers, every side runs here (correct, on one core).
 */
export function sideRunner(workerUrl: string, files: ReadonlyMap<ByteSource, FileHandle>): SideRunner {
  return (input, hooks) => {
    const file = files.get(input.src);
    if (file === undefined || typeof Worker === 'undefined') return scanSide(input, hooks);
    let helper: Worker;
    try {
      helper = new Worker(workerUrl, { type: 'module' });
    } catch {
      return scanSide(input, hooks);
    }
    return new Promise((resolve) => {
      const finish = (outcome: Parameters<typeof resolve>[0]) => {
        hooks.signal?.removeEventListener('abort', onAbort);
        // Terminating frees the helper's memory at once; its key log, if any, now belongs to this worker.
        helper.terminate();
        resolve(outcome);
      };
      const onAbort = () => finish(failure('cancelled', input.label, 'The check was cancelled.'));
      if (hooks.signal?.aborted) return onAbort();
      hooks.signal?.addEventListener('abort', onAbort, { once: true });
      helper.addEventListener('message', (event: MessageEvent<FromSideWorker>) => {
        const m = event.data;
        if (m.type === 'side-bytes') hooks.onChunk?.(m.bytes);
        else finish(m.outcome);
      });
      helper.addEventListener('error', (event) => {
        const why = event.message || 'it stopped (out of memory?)';
        finish(
          failure(
            'internal',
            input.label,
            `Reading ${fileTitle(input.label, input.src.name)} failed: ${why}`,
          ),
        );
      });
      const { src: _src, ...side } = input;
      const start: ToSideWorker = { type: 'side', file, side };
      helper.postMessage(start);
    });
  };
}
