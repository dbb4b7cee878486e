/**
 * Web Worker for the CSV export integrity check. Deliberately thin: it turns Files into byte streams, throttles
 * progress, relays cancel, and starts a second instance of itself to read the target while it reads the
 * source; everything it computes comes from the tested pure core in src/integrity.
 * Protocol: src/integrity/protocol.ts. Exactly one 'result' message ends every run.
 */
import { checkExports } from '../check-exports';
import { diffKeyLogs } from '../key-diff';
import { createProgressThrottle } from '../progress';
import type { FromSideWorker, FromWorker, IntegrityCheckRequest, ToSideWorker, ToWorker } from '../protocol';
import type { IntegrityResult } from '../types';
import { instantiateRowKernel, type RowKernel } from '../row-kernel';
import rowKernelUrl from '../wasm/build/row-kernel.wasm?url';
import { fileSource } from './file-chunks';
import { portChannel } from './helper';
import { nestedHelper, sideRunner, serveSide, type SideWorkers } from './side-workers';

/** To the page, or as a helper to the owner on this worker's own channel. */
const post = (message: FromWorker | FromSideWorker, transfer: Transferable[] = []) =>
  postMessage(message, transfer);

let controller: AbortController | null = null;
/** In the owner: the helper the page started, whose failure the page reports here. */
let pageHelper: ReturnType<typeof portChannel> | null = null;

/**
 * The WebAssembly fast path, loaded as the worker starts (1.4 KB, inlined into this script by the build, so
 * it works offline with it). Without it (no WebAssembly SIMD, or the fetch failed) every record takes the
 * JavaScript path: same result, slower.
 */
const kernelReady: Promise<RowKernel | null> = fetch(rowKernelUrl)
  .then((response) => (response.ok ? response.arrayBuffer() : null))
  .then((bytes) => (bytes === null ? null : instantiateRowKernel(bytes)))
  .catch(() => null);

async function run(
  request: IntegrityCheckRequest,
  helperPort: MessagePort | null,
  signal: AbortSignal,
): Promise<void> {
  const throttle = createProgressThrottle(performance.now());
  let result: IntegrityResult;
  let sides: SideWorkers | null = null;
  try {
    const ref = request.referential ?? null;
    const target = fileSource(request.target);
    // The page started a helper beside this worker; without one (a caller that started only this worker),
    // it is started here, now, while this worker's kernel may still be compiling: both take a moment.
    pageHelper = helperPort && portChannel(helperPort);
    const helper = pageHelper ? () => pageHelper : nestedHelper(location.href);
    sides = sideRunner(helper, new Map([[target, request.target]]), kernelReady, pageHelper === null);
    result = await checkExports(
      {
        source: fileSource(request.source),
        target,
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
          if (update) post({ type: 'progress', ...update });
        },
      },
      sides.runSide,
      sides.runDiff,
      await kernelReady,
    );
  } catch (err) {
    // The core is meant to be total; if it throws anyway, the page still gets a structured answer.
    const message = err instanceof Error ? err.message : String(err);
    result = { ok: false, error: { code: 'internal', file: null, message: `The check failed: ${message}` } };
  }
  sides?.close();
  controller = null;
  post({ type: 'result', result });
}

/** As a helper: the side being read, which 'stop' cancels. */
let reading: AbortController | null = null;

/** As a helper: answers the owner, on this worker's own channel or on the port the page gave it. */
function serve(message: ToSideWorker, post: (m: FromSideWorker, transfer?: Transferable[]) => void): void {
  if (message.type === 'ping') post({ type: 'pong' });
  else if (message.type === 'stop') reading?.abort();
  else if (message.type === 'diff') {
    const { source, target, limit, from, to } = message;
    post({ type: 'diff-result', rows: diffKeyLogs(source, target, limit, from, to) });
  } else {
    const stop = new AbortController();
    reading = stop;
    void kernelReady.then((kernel) =>
      serveSide(message, fileSource(message.file), post, kernel, stop.signal),
    );
  }
}

addEventListener('message', (event: MessageEvent<ToWorker | ToSideWorker>) => {
  const message = event.data;
  if (
    message.type === 'ping' ||
    message.type === 'stop' ||
    message.type === 'diff' ||
    message.type === 'side'
  ) {
    serve(message, post);
    return;
  }
  if (message.type === 'helper') {
    const { port } = message;
    port.addEventListener('message', (e: MessageEvent<ToSideWorker>) =>
      serve(e.data, (m, transfer = []) => port.postMessage(m, transfer)),
    );
    port.start();
    return;
  }
  if (message.type === 'helper-failed') {
    pageHelper?.fail(message.why);
    return;
  }
  if (message.type === 'cancel') {
    controller?.abort();
    return;
  }
  if (controller !== null) return; // one run per worker; the client creates a worker per check
  controller = new AbortController();
  void run(message.request, message.helper ?? null, controller.signal);
});
