/**
 * The integrity worker's second core: one side of the key diff read by another instance of the same worker
 * script (so it needs no bundle of its own). Reading and hashing are CPU-bound here, about as costly as the
 * read itself, so the source and the target are read at the same time, one per worker, and only the finished
 * key logs meet (their buffers are transferred, not copied). The diff of the two logs is then split between
 * the same two workers, half the partitions each.
 */
import type { FileHandle, FromSideWorker, ToSideWorker } from '../protocol';
import { failure, fileTitle, type ByteSource, type PassHooks } from '../read-pass';
import { PARTS } from '../key-log';
import type { RowKernel } from '../row-kernel';
import { scanSide, sideBuffers, type SideInput, type SideOutcome, type SideRunner } from '../side';
import {
  diffHere,
  diffKeyLogs,
  mergeDiffRows,
  partitionsOf,
  type DiffRunner,
  type KeyDiffRows,
} from '../key-diff';
import { workerChannel, type HelperChannel } from './helper';

/** Progress from the helper at most every this many bytes: each message costs the owner a task. */
const BYTES_PER_MESSAGE = 8 * 1024 * 1024;

/** In the helper: reads its side and posts the outcome, with the key table's buffers transferred. */
export async function serveSide(
  message: Extract<ToSideWorker, { type: 'side' }>,
  src: ByteSource,
  post: (message: FromSideWorker, transfer?: Transferable[]) => void,
  kernel: RowKernel | null = null,
  signal?: AbortSignal,
): Promise<void> {
  let unsent = 0;
  const outcome = await scanSide(
    { ...message.side, src },
    {
      signal,
      onChunk: (n) => {
        unsent += n;
        if (unsent < BYTES_PER_MESSAGE) return;
        post({ type: 'side-bytes', run: message.run, bytes: unsent });
        unsent = 0;
      },
    },
    kernel,
  ).catch((err: unknown) => {
    const why = err instanceof Error ? err.message : String(err);
    return failure(
      'internal',
      message.side.label,
      `Reading ${fileTitle(message.side.label, src.name)} failed: ${why}`,
    );
  });
  if (unsent > 0) post({ type: 'side-bytes', run: message.run, bytes: unsent });
  post({ type: 'side-result', run: message.run, outcome }, outcome.ok ? sideBuffers(outcome) : []);
}

interface Helper {
  channel: HelperChannel;
  /** True once the helper's script runs (it answered a ping); false if it failed or did not start in time. */
  started: Promise<boolean>;
  /** Set once it failed: it reads no more. */
  gone: boolean;
}

/** A helper that has not started by then is given up, and its side is read here. */
const HELPER_START_MS = 10_000;

function pingHelper(channel: HelperChannel): Helper {
  const started = new Promise<boolean>((resolve) => {
    const settle = (ok: boolean) => {
      clearTimeout(timer);
      stop();
      if (!ok) channel.terminate();
      resolve(ok);
    };
    const stop = channel.listen(
      () => settle(true),
      () => settle(false),
    );
    const timer = setTimeout(() => settle(false), HELPER_START_MS);
  });
  channel.post({ type: 'ping' });
  return { channel, started, gone: false };
}

/** A helper worker started from this worker, or null where workers cannot start workers. */
export function nestedHelper(workerUrl: string): () => HelperChannel | null {
  return () => {
    if (typeof Worker === 'undefined') return null;
    try {
      return workerChannel(new Worker(workerUrl, { type: 'module' }));
    } catch {
      return null;
    }
  };
}

/**
 * In the owner: runs the sides whose File is in `files` in helpers (`helper` gives one per side: the one
 * the page started, or a worker started here), the others here, with `kernel` (the WebAssembly fast path,
 * still loading when the helpers start). Without a helper, every side runs here (correct, on one core).
 *
 * Why, with `nested` helpers, they are started at once and the local side waits for them: a nested worker's
 * script is fetched through its parent worker, so once this worker is busy scanning, the helper's start
 * waited for it (seen in Chromium: the helper began 3-4 s late, and the two sides ran one after the other).
 * A helper the page started loads on its own: the local side starts at once.
 */
export interface SideWorkers {
  runSide: SideRunner;
  runDiff: DiffRunner;
  /** Stops the helpers: called when the check is over, whatever its outcome. */
  close(): void;
}

export function sideRunner(
  helper: () => HelperChannel | null,
  files: ReadonlyMap<ByteSource, FileHandle>,
  kernel: Promise<RowKernel | null> = Promise.resolve(null),
  nested = true,
): SideWorkers {
  const helpers = new Map<ByteSource, Helper>();
  for (const src of files.keys()) {
    const channel = helper();
    if (channel) helpers.set(src, pingHelper(channel));
  }
  const allStarted = nested ? Promise.all([...helpers.values()].map((h) => h.started)) : null;
  // A helper whose side succeeded stays for the diff; one that failed is let go (one that was stopped stays).
  const live = new Set<HelperChannel>();
  const close = () => {
    for (const h of helpers.values()) h.channel.terminate();
    live.clear();
  };
  return {
    close,
    runSide(input, hooks) {
      const file = files.get(input.src);
      const helper = helpers.get(input.src);
      if (file === undefined || helper === undefined)
        return Promise.all([kernel, allStarted]).then(([k]) => scanSide(input, hooks, k));
      return helper.started.then((ok) => {
        if (!ok || helper.gone) return kernel.then((k) => scanSide(input, hooks, k));
        return runInHelper(helper.channel, file, input, hooks).then((outcome) => {
          if (outcome.ok) live.add(helper.channel);
          else if (outcome.error.code !== 'cancelled') {
            // A helper that failed is let go, and a later side (a second pass) is read here; one that was
            // stopped (told so by runInHelper) may read again.
            helper.gone = true;
            live.delete(helper.channel);
            helper.channel.terminate();
          }
          return outcome;
        });
      });
    },
    runDiff(source, target, limit) {
      const helper = [...live][0];
      if (helper === undefined) return diffHere(source, target, limit);
      // The upper half of the partitions goes to the helper (transferred, not copied); this thread takes the
      // lower half at the same time.
      const half = PARTS / 2;
      const s = partitionsOf(source, half, PARTS);
      const t = partitionsOf(target, half, PARTS);
      const theirs = new Promise<KeyDiffRows | null>((resolve) => {
        const stop = helper.listen(
          (m) => {
            if (m.type !== 'diff-result') return;
            stop();
            resolve(m.rows);
          },
          () => {
            stop();
            resolve(null);
          },
        );
      });
      const message: ToSideWorker = {
        type: 'diff',
        source: s.data,
        target: t.data,
        from: half,
        to: PARTS,
        limit,
      };
      helper.post(message, [...s.transfer, ...t.transfer]);
      const ours = diffKeyLogs(source, target, limit, 0, half);
      return theirs.then((rows) => {
        if (rows === null) throw new Error('the second worker stopped during the key diff (out of memory?)');
        return mergeDiffRows(ours, rows, limit);
      });
    },
  };
}

/** Numbers the sides asked of helpers (runInHelper). */
let runs = 0;

function runInHelper(
  helper: HelperChannel,
  file: FileHandle,
  input: SideInput,
  hooks: PassHooks,
): Promise<SideOutcome> {
  const run = ++runs;
  return new Promise((resolve) => {
    let done = false;
    // The helper may read again (the check's second pass): this run's listeners go when it ends.
    let stop = () => {};
    const finish = (outcome: SideOutcome) => {
      if (done) return;
      done = true;
      hooks.signal?.removeEventListener('abort', onAbort);
      stop();
      resolve(outcome);
    };
    const onAbort = () => {
      // The helper stops reading too: it may be asked to read again (a second pass).
      if (!done) helper.post({ type: 'stop' });
      finish(failure('cancelled', input.label, 'The check was cancelled.'));
    };
    if (hooks.signal?.aborted) return onAbort();
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
    stop = helper.listen(
      (m) => {
        // Answers to an earlier, stopped run are not this one's.
        if (m.type === 'side-bytes' && m.run === run) hooks.onChunk?.(m.bytes);
        else if (m.type === 'side-result' && m.run === run) finish(m.outcome);
      },
      (why) =>
        finish(
          failure(
            'internal',
            input.label,
            `Reading ${fileTitle(input.label, input.src.name)} failed: ${why}`,
          ),
        ),
    );
    const { src: _src, ...side } = input;
    const start: ToSideWorker = { type: 'side', run, file, side };
    helper.post(start);
  });
}
