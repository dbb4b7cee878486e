import { Field } from '../../components/field';
import { PlanSection } from '../../components/plan-section';
import type { Plan, TriggerTraffic } from '../../domain';
import { useWorkbench } from '../../state';
import { NumberCell } from './number-cell';
import { PreflightTrigger } from './preflight-trigger';
import { updateTraffic } from './rollback-ops';

const FIELDS: Array<{ key: keyof TriggerTraffic; label: string; max?: number; min?: number }> = [
  { key: 'requestsPerMinute', label: 'Requests per minute' },
  { key: 'canarySharePercent', label: 'Canary share (%)', min: 0.01, max: 100 },
  { key: 'errorRateBaselinePercent', label: 'Baseline error rate (%)', max: 100 },
  { key: 'latencyP50Ms', label: 'Baseline p50 latency (ms)' },
  { key: 'latencyP99Ms', label: 'Baseline p99 latency (ms)' },
  { key: 'downstreamFailuresPerMinute', label: 'Baseline downstream failures per minute' },
];

/**
 * Pre-flight: can each trigger fire at all? From the traffic, the smallest change its sample window can
 * tell from noise; a warning where the trigger's own change cannot, with the window or share that would.
 */
export function PreflightPanel({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const traffic = plan.rollback.traffic;
  const triggers = plan.rollback.triggers.filter((t) => t.enabled && t.metric !== 'integrity-check');
  return (
    <PlanSection
      path="rollback.traffic"
      headingId="preflight-heading"
      heading="Pre-flight: can each trigger fire?"
    >
      <p className="field-help">
        The traffic the triggers watch during the rollout. From it, the smallest change each trigger’s sample
        window can detect with 95% confidence and 80% power (docs/rollback-triggers.md).
      </p>
      <div className="form-grid preflight-traffic">
        {FIELDS.map((f) => (
          <Field key={f.key} id={`traffic-${f.key}`} label={f.label}>
            {(wired) => (
              <NumberCell
                id={wired.id}
                label={f.label}
                className="traffic-input"
                value={traffic[f.key]}
                empty={f.key !== 'canarySharePercent'}
                min={f.min}
                max={f.max}
                onValue={(v) =>
                  planEdited((p) =>
                    updateTraffic(
                      p,
                      f.key === 'canarySharePercent' ? { canarySharePercent: v ?? 100 } : { [f.key]: v },
                    ),
                  )
                }
              />
            )}
          </Field>
        ))}
      </div>
      <ul className="preflight-list" aria-label="Pre-flight by trigger">
        {triggers.map((t) => (
          <PreflightTrigger key={t.id} trigger={t} traffic={traffic} />
        ))}
      </ul>
    </PlanSection>
  );
}
