import type { ReferentialInput } from './check-input';
import { createFileStats, createSampler, toFileReport, toSampledCount } from './file-stats';
import { createKeyTable } from './key-table';
import { overBudget, type PassContext } from './pass-context';
import { createChildSink, createParentSink } from './referential-sinks';
import type { IntegrityFailure, ReferentialReport } from './types';

/** Parent keys into a key set, then each child foreign key looked up in it. */
export async function checkReferential(
  ref: ReferentialInput,
  ctx: PassContext,
): Promise<IntegrityFailure | { ok: true; report: ReferentialReport }> {
  const parentKeys = createKeyTable(ctx.budget);
  try {
    const parentStats = createFileStats();
    const parentSink = createParentSink(parentStats, ref.parentKeyColumn, parentKeys, ctx.kernel);
    const parentFail = await ctx.read('parent', ref.parent, parentSink, parentStats);
    if (parentFail) return parentFail;
    if (parentSink.overBudget) {
      return overBudget('parent', ref.parent, ref.parentKeyColumn, parentKeys, ctx.budget);
    }
    const childStats = createFileStats();
    const orphans = createSampler(ctx.sampleLimit, true);
    const counts = { nullForeignKeys: 0 };
    const childSink = createChildSink(
      childStats,
      ref.childForeignKeyColumn,
      parentKeys,
      orphans,
      counts,
      ctx.kernel,
    );
    const childFail = await ctx.read('child', ref.child, childSink, childStats);
    if (childFail) return childFail;
    return {
      ok: true,
      report: {
        parentKeyColumn: ref.parentKeyColumn.trim(),
        childForeignKeyColumn: ref.childForeignKeyColumn.trim(),
        parent: toFileReport('parent', ref.parent.name, ref.parent.size, parentStats),
        child: toFileReport('child', ref.child.name, ref.child.size, childStats),
        nullForeignKeys: counts.nullForeignKeys,
        orphans: toSampledCount(orphans),
      },
    };
  } finally {
    parentKeys.release();
  }
}
