import type { Plan } from '../../domain';
import { MetricsForm } from './metrics-form';
import { TriggerStatusList } from './trigger-status-list';

/**
 * Samples in, trigger states out. A trigger that fires latches the run: "Roll back now" shows above, at
 * the top of the screen, and takes the focus (TriggerHaltPanel).
 */
export function TriggersPanel({ plan }: { plan: Plan }) {
  return (
    <section className="card" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Metrics and rollback triggers</h2>
      <TriggerStatusList plan={plan} />
      <MetricsForm plan={plan} />
    </section>
  );
}
