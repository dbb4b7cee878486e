import { z } from 'zod';
import { TriState, type Plan } from '../../domain';

export const RollbackBasicsForm = z
  .object({
    database: z.string().max(20_000),
    services: z.string().max(20_000),
    data: z.string().max(20_000),
    rollbackScriptsKept: z.boolean(),
    previousArtifactsKept: z.boolean(),
    sourcePreserved: z.boolean(),
    backupLastResort: z.boolean(),
    appRollbackIncludesSchema: TriState,
    ponrExists: TriState,
    ponrPhaseId: z.string(),
    ponrApprover: z.string().max(500),
    ponrDescription: z.string().max(5_000),
    ponrCommunicated: z.boolean(),
  })
  .refine((f) => f.ponrExists !== 'yes' || f.ponrApprover.trim() !== '', {
    path: ['ponrApprover'],
    message: 'Name who must approve passing the point of no return.',
  });
export type RollbackBasicsForm = z.infer<typeof RollbackBasicsForm>;

export const ROLLBACK_BASICS_PATHS = {
  database: 'rollback.procedures.database',
  services: 'rollback.procedures.services',
  data: 'rollback.procedures.data',
  rollbackScriptsKept: 'rollback.procedures.rollbackScriptsKept',
  previousArtifactsKept: 'rollback.procedures.previousArtifactsKept',
  sourcePreserved: 'rollback.procedures.sourcePreserved',
  backupLastResort: 'rollback.procedures.backupLastResort',
  appRollbackIncludesSchema: 'rollback.procedures.appRollbackIncludesSchema',
  ponrExists: 'rollback.pointOfNoReturn.exists',
  ponrPhaseId: 'rollback.pointOfNoReturn.phaseId',
  ponrApprover: 'rollback.pointOfNoReturn.approver',
  ponrDescription: 'rollback.pointOfNoReturn.description',
  ponrCommunicated: 'rollback.pointOfNoReturn.communicated',
} as const satisfies Record<keyof RollbackBasicsForm, string>;

export function toRollbackBasics(plan: Plan): RollbackBasicsForm {
  const { procedures: p, pointOfNoReturn: n } = plan.rollback;
  return {
    database: p.database,
    services: p.services,
    data: p.data,
    rollbackScriptsKept: p.rollbackScriptsKept,
    previousArtifactsKept: p.previousArtifactsKept,
    sourcePreserved: p.sourcePreserved,
    backupLastResort: p.backupLastResort,
    appRollbackIncludesSchema: p.appRollbackIncludesSchema,
    ponrExists: n.exists,
    ponrPhaseId: n.phaseId ?? '',
    ponrApprover: n.approver,
    ponrDescription: n.description,
    ponrCommunicated: n.communicated,
  };
}

export function applyRollbackBasics(plan: Plan, f: RollbackBasicsForm): Plan {
  const r = plan.rollback;
  return {
    ...plan,
    rollback: {
      ...r,
      procedures: {
        ...r.procedures,
        database: f.database,
        services: f.services,
        data: f.data,
        rollbackScriptsKept: f.rollbackScriptsKept,
        previousArtifactsKept: f.previousArtifactsKept,
        sourcePreserved: f.sourcePreserved,
        backupLastResort: f.backupLastResort,
        appRollbackIncludesSchema: f.appRollbackIncludesSchema,
      },
      pointOfNoReturn: {
        exists: f.ponrExists,
        phaseId: f.ponrExists === 'yes' && f.ponrPhaseId !== '' ? f.ponrPhaseId : null,
        approver: f.ponrApprover,
        description: f.ponrDescription,
        communicated: f.ponrCommunicated,
      },
    },
  };
}
