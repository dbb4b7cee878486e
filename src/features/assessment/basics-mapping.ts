import { z } from 'zod';
import {
  DowntimeKind,
  MAX_WINDOW_MINUTES,
  quantityError,
  ScopeKind,
  TriState,
  type Plan,
  type QuantityKind,
} from '../../domain';
import { isoToLocalInput, localInputToIso } from '../../components/datetime';

const optionalPositive = (what: string, kind: QuantityKind = 'rate') =>
  z
    .number({ error: quantityError(kind, `${what} must be a number.`) })
    .positive(`${what} must be greater than zero.`)
    .nullable();
/** The plan's own bounds, said in the form's words (absurd values are refused, never estimated). */
const windowLength = optionalPositive('The window length').refine(
  (v) => v === null || v <= MAX_WINDOW_MINUTES,
  'The window length is more than a month: that is not a maintenance window.',
);
const localDateTime = z
  .string()
  .refine((v) => v === '' || localInputToIso(v) !== null, 'Use a date and time.');

export const AssessmentBasicsForm = z
  .object({
    scope: z.array(ScopeKind),
    downtimeKind: DowntimeKind,
    downtimeWindowMinutes: windowLength,
    downtimeAgreedBy: z.string().max(500),
    windowStart: localDateTime,
    windowMinutes: windowLength,
    offPeak: z.boolean(),
    noticeAt: localDateTime,
    rowsPerSecond: optionalPositive('Throughput')
      .refine((v) => v === null || v >= 0.01, 'Throughput is too small: at least 0.01 rows per second.')
      .refine(
        (v) => v === null || v <= 1e9,
        'Throughput is too large: at most 1,000,000,000 rows per second.',
      ),
    batchSize: optionalPositive('Batch size', 'count')
      .refine((v) => v === null || v <= 1e9, 'Batch size is too large: at most 1,000,000,000 rows.')
      .refine((v) => v === null || Number.isInteger(v), 'Batch size must be a whole number.'),
    measuredOn: z.string().max(500),
    productionScaleData: z.boolean(),
    trafficSplit: TriState,
    pieceByPiece: TriState,
  })
  .refine((f) => f.downtimeKind !== 'scheduled-window' || f.downtimeWindowMinutes !== null, {
    path: ['downtimeWindowMinutes'],
    message: 'A scheduled window needs its length in minutes.',
  });
export type AssessmentBasicsForm = z.infer<typeof AssessmentBasicsForm>;

/** Where each field lives in the plan: what a field kept as typed is filed under, and focused by. */
export const ASSESSMENT_BASICS_PATHS = {
  scope: 'assessment.scope',
  downtimeKind: 'assessment.downtime.kind',
  downtimeWindowMinutes: 'assessment.downtime.windowMinutes',
  downtimeAgreedBy: 'assessment.downtime.agreedBy',
  windowStart: 'assessment.maintenanceWindow.start',
  windowMinutes: 'assessment.maintenanceWindow.durationMinutes',
  offPeak: 'assessment.maintenanceWindow.offPeak',
  noticeAt: 'assessment.stakeholderNoticeAt',
  rowsPerSecond: 'assessment.throughput.rowsPerSecond',
  batchSize: 'assessment.throughput.batchSize',
  measuredOn: 'assessment.throughput.measuredOn',
  productionScaleData: 'assessment.throughput.productionScaleData',
  trafficSplit: 'assessment.rollout.trafficSplit',
  pieceByPiece: 'assessment.rollout.pieceByPiece',
} as const satisfies Record<keyof AssessmentBasicsForm, string>;

export function toAssessmentBasics(plan: Plan): AssessmentBasicsForm {
  const a = plan.assessment;
  return {
    scope: a.scope,
    downtimeKind: a.downtime.kind,
    downtimeWindowMinutes: a.downtime.windowMinutes,
    downtimeAgreedBy: a.downtime.agreedBy,
    windowStart: isoToLocalInput(a.maintenanceWindow.start),
    windowMinutes: a.maintenanceWindow.durationMinutes,
    offPeak: a.maintenanceWindow.offPeak,
    noticeAt: isoToLocalInput(a.stakeholderNoticeAt),
    rowsPerSecond: a.throughput.rowsPerSecond,
    batchSize: a.throughput.batchSize,
    measuredOn: a.throughput.measuredOn,
    productionScaleData: a.throughput.productionScaleData,
    trafficSplit: a.rollout.trafficSplit,
    pieceByPiece: a.rollout.pieceByPiece,
  };
}

export function applyAssessmentBasics(plan: Plan, f: AssessmentBasicsForm): Plan {
  const a = plan.assessment;
  // Keep the spec's order of scope kinds whatever order they were ticked in.
  const scope = ScopeKind.options.filter((k) => f.scope.includes(k));
  return {
    ...plan,
    assessment: {
      ...a,
      scope,
      downtime: {
        kind: f.downtimeKind,
        windowMinutes: f.downtimeWindowMinutes,
        agreedBy: f.downtimeAgreedBy,
      },
      maintenanceWindow: {
        start: localInputToIso(f.windowStart),
        durationMinutes: f.windowMinutes,
        offPeak: f.offPeak,
      },
      stakeholderNoticeAt: localInputToIso(f.noticeAt),
      throughput: {
        rowsPerSecond: f.rowsPerSecond,
        batchSize: f.batchSize,
        measuredOn: f.measuredOn,
        productionScaleData: f.productionScaleData,
      },
      rollout: { trafficSplit: f.trafficSplit, pieceByPiece: f.pieceByPiece },
    },
  };
}
