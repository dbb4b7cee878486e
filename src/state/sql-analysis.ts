import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Phase, Plan } from '../domain';
import type { SqlDialectName } from '../sql';
import { planAnalysisInputs } from '../sql/plan-inputs';
import type { AnalyzeContext } from '../sql/types';
import { createSqlAnalysisClient } from '../workers/sql-analysis-client';
import {
  createSqlAnalysisScheduler,
  EMPTY_SNAPSHOT,
  FORWARD_SLOT,
  ROLLBACK_SLOT,
  rowsKeyOf,
  stepSlot,
  type SqlAnalysisScheduler,
  type SqlAnalysisSnapshot,
  type SqlSlotInput,
} from './sql-analysis-scheduler';

export {
  FORWARD_SLOT,
  ROLLBACK_SLOT,
  stepSlot,
  type SqlAnalysisSnapshot,
  type SqlSlotState,
} from './sql-analysis-scheduler';

/**
 * The plan's SQL, analysed in a Web Worker: the forward migration and every phase step with SQL.
 * One scheduler for the page, shared by every hook that asks (the evaluation and the SQL card), so
 * the same plan is analysed once. Import this module directly, never through the state barrel: it
 * pulls in the worker client, which must stay out of the first load.
 */

let scheduler: SqlAnalysisScheduler | null = null;
const listeners = new Set<() => void>();

function getScheduler(): SqlAnalysisScheduler {
  if (scheduler) return scheduler;
  const client = createSqlAnalysisClient();
  scheduler = createSqlAnalysisScheduler({
    analyze: (input) => client.analyze(input),
    onChange: () => {
      for (const listener of listeners) listener();
    },
  });
  return scheduler;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};
const getSnapshot = (): SqlAnalysisSnapshot => scheduler?.snapshot() ?? EMPTY_SNAPSHOT;

/** Slot inputs for a plan: the forward script, each phase step and the rollback script, in the plan's dialect. */
export function planSqlInputs(
  source: { forwardSql: string; dialect: SqlDialectName; phases: readonly Phase[]; rollbackSql?: string },
  tableRows: Record<string, number>,
  rowsKey: string,
  context?: AnalyzeContext,
): Map<string, SqlSlotInput> {
  const { forwardSql, dialect, phases, rollbackSql = '' } = source;
  const inputs = new Map<string, SqlSlotInput>();
  const put = (slot: string, text: string) => {
    if (text.trim() !== '') inputs.set(slot, { text, dialect, tableRows, rowsKey, context });
  };
  put(FORWARD_SLOT, forwardSql);
  for (const phase of phases) for (const step of phase.steps) put(stepSlot(step.id), step.sql);
  put(ROLLBACK_SLOT, rollbackSql);
  return inputs;
}

/**
 * Asks for the analysis of `plan`'s SQL and returns the latest snapshot. Analyses are debounced
 * (300 ms) and latest-wins; until the first result the engine falls back to its own coarse scan.
 */
export function usePlanSqlAnalysis(plan: Plan | null): SqlAnalysisSnapshot {
  const components = plan?.assessment.components;
  const tableStats = plan?.assessment.schemaChange.tableStats ?? '';
  const schemaSql = plan?.assessment.schemaChange.currentSchemaSql ?? '';
  // Sizes, rates and column types: from the components, the pasted statistics and the current schema.
  const { tableRows, rowsKey, context } = useMemo(() => {
    const { tableRows: rows, context: ctx } = planAnalysisInputs({
      assessment: { components: components ?? [], schemaChange: { tableStats, currentSchemaSql: schemaSql } },
    });
    return { tableRows: rows, rowsKey: rowsKeyOf(rows, ctx), context: ctx };
  }, [components, tableStats, schemaSql]);
  // Only these parts of the plan feed the analysis; other edits must not rebuild the inputs.
  const forwardSql = plan?.assessment.schemaChange.forwardSql ?? '';
  const dialect = plan?.assessment.schemaChange.dialect ?? 'postgresql';
  const phases = plan?.execution.phases;
  const rollbackSql = plan?.rollback.procedures.rollbackSql ?? '';
  const inputs = useMemo(
    () =>
      planSqlInputs({ forwardSql, dialect, phases: phases ?? [], rollbackSql }, tableRows, rowsKey, context),
    [forwardSql, dialect, phases, rollbackSql, tableRows, rowsKey, context],
  );
  const owner = plan?.id ?? null;
  useEffect(() => {
    // Nothing to analyse and nothing analysed yet: do not start the worker at all.
    if (inputs.size === 0 && scheduler === null) return;
    getScheduler().request(owner, inputs);
  }, [owner, inputs]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot);
  // On the first render of another draft the effect has not run yet: show nothing rather than the last draft's.
  return snapshot.owner === owner ? snapshot : EMPTY_SNAPSHOT;
}
