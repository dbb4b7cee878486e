import { useState } from 'react';
import { downloadText } from '../../components/download';
import { whenIdle } from '../../components/idle';
import { renderMermaidSvg } from '../../components/mermaid-render';
import { Notice } from '../../components/notice';
import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import { exportAdr } from '../../exporters/adr';
import type { Diagram } from '../../exporters/diagrams';
import { exportPlanJson, planFileName } from '../../exporters/plan-json';
import { drawnInReview, exportReviewHtml, type RenderedSvgs } from '../../exporters/review-html';
import { exportRollbackPlanJson } from '../../exporters/rollback-json';
import { exportRunbook } from '../../exporters/runbook';
import { DIAGRAM_IDS, fileDiagramOf } from './diagrams-cache';
import { TimeZoneField } from './time-zone-field';

type Doc = { key: string; label: string; hint: string; run: () => void | Promise<void> };

/** The next task, once the frame before it was painted ("Preparing…" shows before the work). */
const afterPaint = () => new Promise<void>((resolve) => whenIdle(resolve, 50));

/**
 * `pending` is why there is no verdict yet ("checking SQL…"): the documents that carry the verdict wait
 * for it rather than print one made without every fact. `now` is the store's clock, the evaluation's.
 */
export function DocumentsSection({
  plan,
  evaluation,
  pending,
  now,
}: {
  plan: Plan;
  evaluation: Evaluation;
  pending: string | null;
  now: Date;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reviewHtml = async () => {
    // The views the review draws are drawn in this browser now, so the file carries them as inline
    // SVG. Built here, on demand, not on every render of the step. A diagram cut into many views is
    // not drawn: the review gives its facts as tables (review-diagrams.ts says why). Each diagram's
    // text, each drawing and the document are tasks of their own: at 10,000 components each of them
    // is a hundred milliseconds or more, and together they held the tab for half a second.
    const diagrams: Diagram[] = [];
    for (const id of DIAGRAM_IDS) {
      await afterPaint();
      diagrams.push(fileDiagramOf(plan, evaluation, id));
    }
    const svgs: RenderedSvgs = {};
    const failed: string[] = [];
    for (const d of diagrams.filter(drawnInReview))
      for (const [i, view] of d.views.entries()) {
        try {
          svgs[`${d.id}:${i}`] = await renderMermaidSvg(view.source);
        } catch {
          failed.push(view.title);
        }
      }
    await afterPaint();
    const html = exportReviewHtml(plan, evaluation, { now, diagrams, svgs });
    downloadText(planFileName(plan, 'review.html'), html, 'text/html');
    if (failed.length > 0) setError(`Not drawn, included as Mermaid source instead: ${failed.join(', ')}.`);
  };

  const docs: Doc[] = [
    {
      key: 'runbook',
      label: 'Download runbook (.md)',
      hint: 'Step-by-step runbook in GitHub Markdown: checklist, phases, gates, rollback, diagrams.',
      run: () =>
        downloadText(
          planFileName(plan, 'runbook.md'),
          exportRunbook(plan, evaluation, { now }),
          'text/markdown',
        ),
    },
    {
      key: 'adr',
      label: 'Download ADR (.md)',
      hint: 'The strategy decision in MADR format, with the engine’s ranked options.',
      run: () =>
        downloadText(planFileName(plan, 'adr.md'), exportAdr(plan, evaluation, { now }), 'text/markdown'),
    },
    {
      key: 'plan',
      label: 'Download plan JSON',
      hint: 'The whole plan (migration_plan), valid against plan.schema.json; re-imports unchanged.',
      run: () => downloadText(planFileName(plan), exportPlanJson(plan)),
    },
    {
      key: 'rollback',
      label: 'Download rollback plan JSON',
      hint: 'Triggers, procedures, tests and the point of no return (rollback_plan).',
      run: () =>
        downloadText(planFileName(plan, 'rollback-plan.json'), exportRollbackPlanJson(plan, { now })),
    },
    {
      key: 'review',
      label: 'Download review document (.html)',
      hint: 'One self-contained page for the review meeting: no script, opens without a network, prints cleanly.',
      run: reviewHtml,
    },
  ];

  const start = (doc: Doc) => {
    setError(null);
    setBusy(doc.key);
    Promise.resolve(doc.run())
      .catch((err: unknown) =>
        setError(`${doc.label} failed: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => setBusy(null));
  };

  return (
    <section className="card" aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents</h2>
      <p>
        Plan JSON validates against <a href="/plan.schema.json">plan.schema.json</a>; keep it next to the
        migration in git and check it in CI with <code>npm run plan -- check</code>.
      </p>
      <TimeZoneField plan={plan} />
      <ul className="download-list">
        {docs.map((doc) => (
          <li key={doc.key}>
            <button
              type="button"
              className={doc.key === 'review' ? 'primary' : undefined}
              disabled={busy !== null || (pending !== null && doc.key !== 'plan')}
              onClick={() => start(doc)}
            >
              {busy === doc.key ? 'Preparing…' : doc.label}
            </button>
            <span className="muted">{doc.hint}</span>
          </li>
        ))}
      </ul>
      {pending ? (
        <p className="muted" role="status">
          Documents with the verdict wait for it: {pending}
        </p>
      ) : null}
      <Notice text={error} banner />
    </section>
  );
}
