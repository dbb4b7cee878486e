import { useMemo } from 'react';
import { downloadText } from '../../components/download';
import type { Plan } from '../../domain';
import { exportPlanJson, planFileName } from '../../exporters/plan-json';

const kb = (text: string) => `${(new TextEncoder().encode(text).length / 1024).toFixed(1)} KB`;

export function OutputsStep({ plan }: { plan: Plan }) {
  const json = useMemo(() => exportPlanJson(plan), [plan]);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="plan-json-heading">
        <h2 id="plan-json-heading">Plan JSON</h2>
        <p>
          The whole plan as one file (the spec’s <code>migration_plan</code>), valid against{' '}
          <a href="/plan.schema.json">plan.schema.json</a>. Keep it next to the migration in git and check it
          in CI with <code>npm run plan -- check</code>.
        </p>
        <div className="row">
          <button type="button" className="primary" onClick={() => downloadText(planFileName(plan), json)}>
            Download plan JSON
          </button>
          <span className="muted">{kb(json)}</span>
        </div>
      </section>
    </div>
  );
}
