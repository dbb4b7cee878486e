import type { ComponentType } from 'react';
import type { StepId } from '../components/routes';
import type { Plan } from '../domain';
import { chunk, type Chunk } from './chunk';

export type StepView = ComponentType<{ plan: Plan }>;

/**
 * The steps after Assessment, each in a chunk of its own. A page opened on Assessment (where a plan
 * opens from the list) downloads and compiles only that step's code before its first frame; the
 * others arrive while the browser is idle, before their hidden panes are drawn (step-panes.tsx). A
 * page opened on another step starts that step's chunk at boot (app.tsx), beside the editor's.
 */
export const STEP_CHUNKS: Record<Exclude<StepId, 'assessment'>, Chunk<StepView>> = {
  strategy: chunk(() => import('../features/strategy').then((m) => m.StrategyStep)),
  rollback: chunk(() => import('./rollback-view').then((m) => m.RollbackView)),
  execution: chunk(() => import('../features/execution').then((m) => m.ExecutionStep)),
  outputs: chunk(() => import('../features/outputs').then((m) => m.OutputsStep)),
};

/** Every step's code, for the panes drawn ahead of time; resolves when all of it is in, or failed. */
export const allStepsLoaded = (): Promise<unknown> =>
  Promise.allSettled(Object.values(STEP_CHUNKS).map((c) => c.start()));
