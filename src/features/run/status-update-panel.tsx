import { useState } from 'react';
import type { Plan } from '../../domain';
import { useWorkbench } from '../../state';
import { statusUpdate } from '../../exporters/status-update';

/** At each phase gate, a ready-to-send update for stakeholders (SC-08); copying it is recorded. */
export function StatusUpdatePanel({ plan, now }: { plan: Plan; now: Date }) {
  const runStatusUpdateCopied = useWorkbench((s) => s.runStatusUpdateCopied);
  const [copied, setCopied] = useState<string | null>(null);
  const gate = [...plan.run.phases]
    .reverse()
    .find((p) => p.status === 'completed' || p.status === 'failed' || p.status === 'running');
  if (!gate) return null;
  const text = statusUpdate(plan, gate.phaseId, now);
  const sentCount = plan.run.stakeholderUpdates.filter((u) => u.phaseId === gate.phaseId).length;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(null);
    } catch {
      // Clipboard may be refused (permissions, insecure context): the text stays selectable.
      setCopied('The browser refused the clipboard: select the text and copy it by hand.');
    }
    runStatusUpdateCopied(gate.phaseId, text);
  };
  return (
    <section className="card" aria-labelledby="update-heading">
      <h2 id="update-heading">Stakeholder update</h2>
      <label htmlFor="status-update-text" className="visually-hidden">
        Status update text
      </label>
      <textarea id="status-update-text" readOnly rows={4} value={text} className="code status-update-text" />
      <div className="row">
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy update
        </button>
        <span className="muted" role="status">
          {sentCount > 0
            ? `Copied ${sentCount} time${sentCount === 1 ? '' : 's'} for this gate.`
            : 'Not copied yet for this gate.'}
        </span>
        {copied ? <span className="field-error">{copied}</span> : null}
      </div>
    </section>
  );
}
