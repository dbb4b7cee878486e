/**
 * Web Worker for the CSV export integrity check. Deliberately thin: it turns Files into byte streams, throttles
 * progress, and relays cancel; everything it computes comes from the tested pure core in src/integrity.
 * Protocol: src/integrity/protocol.ts. Exactly one 'result' message ends every run.
 */
import { checkExports } from '../integrity/check-exports';
import { createProgressThrottle } from '../integrity/progress';
import type { FileHandle, FromWorker, IntegrityCheckRequest, ToWorker } from '../integrity/protocol';
import type { ByteSource } from '../integrity/read-pass';
import type { IntegrityResult } from '../integrity/types';
import { fileChunks } from './integrity-file-chunks';

/** The slice of the worker global this file uses; the project's lib is DOM, whose `self` is a Window. */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

function fileSource(file: FileHandle): ByteSource {
  return { name: file.name, size: file.size, chunks: () => fileChunks(file) };
}

let controller: AbortController | null = null;

async function run(request: IntegrityCheckRequest, signal: AbortSignal): Promise<void> {
  const throttle = createProgressThrottle(performance.now());
  let result: IntegrityResult;
  try {
    const ref = request.referential ?? null;
    result = await checkExports(
      {
        source: fileSource(request.source),
        target: fileSource(request.target),
        keyColumn: request.keyColumn,
        referential: ref && {
          parent: fileSource(ref.parent),
          parentKeyColumn: ref.parentKeyColumn,
          child: fileSource(ref.child),
          childForeignKeyColumn: ref.childForeignKeyColumn,
        },
        mode: request.mode,
        trimWhitespace: request.trimWhitespace,
        sampleLimit: request.sampleLimit,
      },
      {
        signal,
        onBytes: (bytesDone, bytesTotal) => {
          const update = throttle.next(bytesDone, bytesTotal, performance.now());
          if (update) scope.postMessage({ type: 'progress', ...update });
        },
      },
    );
  } catch (err) {
    // The core is meant to be total; if it throws anyway, the page still gets a structured answer.
    const message = err instanceof Error ? err.message : String(err);
    result = { ok: false, error: { code: 'internal', file: null, message: `The check failed: ${message}` } };
  }
  controller = null;
  scope.postMessage({ type: 'result', result });
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller?.abort();
    return;
  }
  if (controller !== null) return; // one run per worker; the client creates a worker per check
  controller = new AbortController();
  void run(message.request, controller.signal);
});
