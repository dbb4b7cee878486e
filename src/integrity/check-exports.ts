import { createByteDigest } from './byte-digest';
import { sameChecksum } from './checksum';
import { DEFAULT_MAX_RECORD_BYTES, type CsvReadOptions } from './csv-bytes';
import type { CheckExportsInput, CheckHooks } from './check-input';
import { diffHere, type DiffRunner } from './key-diff';
import { nameSamples } from './key-samples';
import { toFileReport } from './file-stats';
import { createMemoryBudget, KEY_MEMORY_BUDGET_BYTES } from './memory';
import { describeNormalisation } from './normalisation';
import type { PassContext } from './pass-context';
import { failure, readPass, type ByteSource } from './read-pass';
import { checkReferential } from './check-referential';
import { firstFailure, scanSide, type KeyDiffMethod, type SideReport, type SideRunner } from './side';
import type { RowKernel } from './row-kernel';
import { chooseKeyDiffMethod } from './key-diff-method';
import { inKeyOrder } from './key-order';
import { sketchDiff } from './sketch-diff';
import type { IntegrityFailure, IntegrityReport, IntegrityResult, KeyDiff } from './types';

/**
 * The whole check: source against target on `keyColumn`, then the optional referential check.
 * `runSide` reads one side of the key diff; by default in this thread (both sides interleave chunk by
 * chunk), while the worker runs the target in a second worker so both cores work. `runDiff` matches the two
 * logs; the worker splits it between the same two workers. `kernel` reads the referential check's files and
 * the blocks the one-pass diff reads back (the sides get theirs from runSide).
 */
export async function checkExports(
  input: CheckExportsInput,
  hooks: CheckHooks = {},
  runSide: SideRunner = scanSide,
  runDiff: DiffRunner = diffHere,
  kernel: RowKernel | null = null,
): Promise<IntegrityResult> {
  if (input.keyColumn.trim() === '')
    return failure('bad-input', null, 'Choose the key column to compare on.');
  const mode = input.mode ?? 'normalised';
  const trimWhitespace = input.trimWhitespace ?? false;
  const options: CsvReadOptions = {
    mode,
    trimWhitespace,
    maxRecordBytes: input.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
  };
  const budgetBytes = input.keyMemoryBudgetBytes ?? KEY_MEMORY_BUDGET_BYTES;
  const ref = input.referential ?? null;
  const files = [input.source, input.target, ...(ref ? [ref.parent, ref.child] : [])];
  let total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const onChunk = (n: number) => {
    done += n;
    hooks.onBytes?.(done, Math.max(total, done));
  };
  const sampleLimit = input.sampleLimit ?? 20;

  type Sides = { failed: IntegrityFailure } | { failed: null; s: SideReport; t: SideReport };
  /** Bytes the sides read in their last run (a run stopped early is read again: progress counts both). */
  let runBytes = 0;
  const sidesWith = async (method: KeyDiffMethod, stop?: AbortSignal): Promise<Sides> => {
    // A side that fails stops the other: its answer no longer matters.
    const halt = new AbortController();
    const onAbort = () => halt.abort();
    if (hooks.signal?.aborted || stop?.aborted) halt.abort();
    hooks.signal?.addEventListener('abort', onAbort);
    stop?.addEventListener('abort', onAbort);
    runBytes = 0;
    const counted = (n: number) => {
      runBytes += n;
      onChunk(n);
    };
    const side = async (label: 'source' | 'target', src: ByteSource) => {
      const input2 = {
        label,
        src,
        keyColumn: input.keyColumn,
        options,
        sampleLimit,
        budgetBytes: budgetBytes / 2,
        method,
      };
      const outcome = await runSide(input2, { signal: halt.signal, onChunk: counted });
      if (!outcome.ok) halt.abort();
      return outcome;
    };
    const outcomes = await Promise.all([side('source', input.source), side('target', input.target)]);
    hooks.signal?.removeEventListener('abort', onAbort);
    stop?.removeEventListener('abort', onAbort);
    const failed = firstFailure(outcomes);
    const [s, t] = outcomes;
    if (failed || !s.ok || !t.ok)
      return { failed: failed ?? failure('internal', null, 'A side of the check gave no answer.') };
    return { failed: null, s, t };
  };

  // The sides start at once with the one-pass diff, as if an export were in key order (the usual case), while
  // the first rows of each are looked at; if neither starts in order, they stop and read with the key log.
  // Looking first and starting after took ~20 ms of a check's start (Chromium, the bench pair).
  const optimistic = new AbortController();
  const onePassRun = sidesWith('sketch', optimistic.signal);
  const first = await chooseKeyDiffMethod(input.source, input.target, input.keyColumn, options);
  let sides: Sides;
  if (first === 'log') {
    optimistic.abort();
    await onePassRun;
    if (hooks.signal?.aborted) return failure('cancelled', null, 'The check was cancelled.');
    total += runBytes;
    sides = await sidesWith('log');
  } else sides = await onePassRun;
  if (sides.failed) return sides.failed;
  let { s, t } = sides;
  let keyDiff: Omit<KeyDiff, 'keyColumn'> | null = null;
  let keyDiffBy: IntegrityReport['keyDiffBy'] = 'key-log';
  let keyDiffNote = 'with the key log: neither export starts in key order';
  if (s.sketch && t.sketch) {
    const onePass = await sketchDiff(
      { src: input.source, sketch: s.sketch },
      { src: input.target, sketch: t.sketch },
      options,
      sampleLimit,
      kernel,
    );
    if ('reason' in onePass) {
      // Progress runs on over the second reading: the bar steps back rather than passing 100%.
      total += input.source.size + input.target.size;
      keyDiffBy = 'key-log-second-pass';
      keyDiffNote = `in a second pass with the key log: ${onePass.reason}`;
      sides = await sidesWith('log');
      if (sides.failed) return sides.failed;
      ({ s, t } = sides);
    } else {
      keyDiff = onePass;
      keyDiffBy = 'one-pass';
      keyDiffNote = `in one pass: the ${inKeyOrder(s.sketch) ? 'source' : 'target'} export is in key order`;
    }
  }
  if (keyDiff === null) {
    if (!s.log || !t.log) return failure('internal', null, 'A side of the check kept no key log.');
    keyDiff = await nameSamples(
      await runDiff(s.log, t.log, sampleLimit),
      { source: { src: input.source, log: s.log }, target: { src: input.target, log: t.log } },
      options,
    );
  }
  const budget = createMemoryBudget(budgetBytes);

  const ctx: PassContext = {
    options,
    budget,
    sampleLimit,
    kernel,
    read: async (label, src, sink, stats) => {
      const digest = await createByteDigest();
      const failed = await readPass(label, src, options, sink, { signal: hooks.signal, onChunk, digest });
      if (!failed) stats.bytesDigest = digest.hex();
      return failed;
    },
  };
  const referential = ref ? await checkReferential(ref, ctx) : null;
  if (referential && !referential.ok) return referential;

  const source = toFileReport('source', input.source.name, input.source.size, s.stats);
  const target = toFileReport('target', input.target.name, input.target.size, t.stats);
  return {
    ok: true,
    mode,
    trimWhitespace,
    normalisation: describeNormalisation(mode, trimWhitespace),
    source,
    target,
    rowCountMatch: source.rows === target.rows,
    checksumMatch: sameChecksum(s.stats.checksum, t.stats.checksum),
    headerMatch: source.columns.join('\u0000') === target.columns.join('\u0000'),
    identicalBytes: source.bytes === target.bytes && source.bytesDigest === target.bytesDigest,
    keyDiff: { keyColumn: input.keyColumn.trim(), ...keyDiff },
    keyDiffBy,
    keyDiffNote,
    rowsReadBy: s.kernel && t.kernel ? 'webassembly' : s.kernel || t.kernel ? 'both' : 'javascript',
    referential: referential ? referential.report : null,
    // The two sides' logs exist at the same time, so their peaks add up.
    keyMemoryPeakBytes: Math.max(s.peakBytes + t.peakBytes, budget.peakBytes),
    keyMemoryBudgetBytes: budgetBytes,
  };
}
