import { sameChecksum } from './checksum';
import { DEFAULT_MAX_RECORD_BYTES, type CsvReadOptions } from './csv-bytes';
import type { CheckExportsInput, CheckHooks } from './check-input';
import { collectMissing, createSourceSink, createTargetSink } from './diff-sinks';
import { createFileStats, createSampler, toFileReport, toSampledCount } from './file-stats';
import { createKeyTable, FLAG_SOURCE } from './key-table';
import { createMemoryBudget, KEY_MEMORY_BUDGET_BYTES } from './memory';
import { describeNormalisation } from './normalisation';
import { overBudget, type PassContext } from './pass-context';
import { failure, readPass } from './read-pass';
import { checkReferential } from './check-referential';
import type { IntegrityResult } from './types';

/** The whole check: source against target on `keyColumn`, then the optional referential check. */
export async function checkExports(
  input: CheckExportsInput,
  hooks: CheckHooks = {},
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
  const budget = createMemoryBudget(input.keyMemoryBudgetBytes ?? KEY_MEMORY_BUDGET_BYTES);
  const ref = input.referential ?? null;
  const files = [input.source, input.target, ...(ref ? [ref.parent, ref.child] : [])];
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const ctx: PassContext = {
    options,
    budget,
    sampleLimit: input.sampleLimit ?? 20,
    read: (label, src, sink) =>
      readPass(label, src, options, sink, {
        signal: hooks.signal,
        onChunk: (n) => {
          done += n;
          hooks.onBytes?.(done, Math.max(total, done));
        },
      }),
  };

  const table = createKeyTable(budget, true);
  const sourceStats = createFileStats();
  const dupSource = createSampler(ctx.sampleLimit);
  const sourceSink = createSourceSink(sourceStats, input.keyColumn, table, dupSource, input.source.size);
  const sourceFail = await ctx.read('source', input.source, sourceSink);
  if (sourceFail) return sourceFail;
  if (sourceSink.overBudget) return overBudget('source', input.source, input.keyColumn, table, budget);

  const targetStats = createFileStats();
  const samplers = {
    extra: createSampler(ctx.sampleLimit),
    changed: createSampler(ctx.sampleLimit),
    duplicated: createSampler(ctx.sampleLimit),
  };
  const targetSink = createTargetSink(targetStats, input.keyColumn, table, samplers);
  const targetFail = await ctx.read('target', input.target, targetSink);
  if (targetFail) return targetFail;
  if (targetSink.overBudget) return overBudget('target', input.target, input.keyColumn, table, budget);

  const missing = createSampler(ctx.sampleLimit);
  collectMissing(table, missing);
  let distinctSourceKeys = 0;
  for (let e = 0; e < table.size; e++) if ((table.flags[e]! & FLAG_SOURCE) !== 0) distinctSourceKeys++;
  table.release();

  const referential = ref ? await checkReferential(ref, ctx) : null;
  if (referential && !referential.ok) return referential;

  const source = toFileReport('source', input.source.name, input.source.size, sourceStats);
  const target = toFileReport('target', input.target.name, input.target.size, targetStats);
  return {
    ok: true,
    mode,
    trimWhitespace,
    normalisation: describeNormalisation(mode, trimWhitespace),
    source,
    target,
    rowCountMatch: source.rows === target.rows,
    checksumMatch: sameChecksum(sourceStats.checksum, targetStats.checksum),
    headerMatch: source.columns.join('\u0000') === target.columns.join('\u0000'),
    keyDiff: {
      keyColumn: input.keyColumn.trim(),
      distinctSourceKeys,
      missingInTarget: toSampledCount(missing),
      extraInTarget: toSampledCount(samplers.extra),
      changed: toSampledCount(samplers.changed),
      duplicatedInSource: toSampledCount(dupSource),
      duplicatedInTarget: toSampledCount(samplers.duplicated),
    },
    referential: referential ? referential.report : null,
    keyMemoryPeakBytes: budget.peakBytes,
    keyMemoryBudgetBytes: budget.limitBytes,
  };
}
