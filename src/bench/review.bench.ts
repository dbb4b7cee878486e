import { evaluate } from '../engine';
import { buildDiagrams } from '../exporters/diagrams';
import { drawnInReview, exportReviewHtml } from '../exporters/review-html';
import { exportRunbook } from '../exporters/runbook';
import { reviewScalePlan } from './review-plans';
import type { BenchModule } from './run-all';

const NOW = new Date('2026-12-05T00:00:00.000Z');
const SIZES: Array<[number, number]> = [
  [240, 40],
  [2_000, 100],
  [10_000, 500],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function time<T>(run: () => T, runs: number): { ms: number; value: T } {
  let value = run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    value = run();
    times.push(performance.now() - t);
  }
  return { ms: median(times), value };
}

/**
 * The review document's own work in Node: the diagrams' text, the document and the runbook for the
 * same plan. Mermaid's drawing needs a browser; `npm run bench:review` times the whole download there.
 * This prints how many views the review hands Mermaid: each takes about half a second.
 */
function line(components: number, phases: number): string {
  const plan = reviewScalePlan(components, phases);
  const evaluation = evaluate(plan, { now: NOW });
  const diagrams = time(() => buildDiagrams(plan, evaluation), 5);
  const views = diagrams.value.reduce((n, d) => n + d.views.length, 0);
  const drawn = diagrams.value.filter(drawnInReview).reduce((n, d) => n + d.views.length, 0);
  const review = time(
    () => exportReviewHtml(plan, evaluation, { now: NOW, diagrams: diagrams.value, svgs: {} }),
    5,
  );
  const runbook = time(() => exportRunbook(plan, evaluation, { now: NOW }), 3);
  return [
    `${components.toLocaleString('en-US')} / ${phases}`.padEnd(14),
    `${diagrams.ms.toFixed(1)} ms`.padStart(10),
    `${review.ms.toFixed(1)} ms`.padStart(10),
    `${(review.value.length / 1024).toFixed(0)} KB`.padStart(9),
    `${drawn} of ${views}`.padStart(9),
    `${runbook.ms.toFixed(1)} ms`.padStart(10),
    `${(runbook.value.length / 1024).toFixed(0)} KB`.padStart(9),
  ].join('  ');
}

export const reviewBench: BenchModule = {
  name: 'review document and runbook: one SQL statement per phase (Node, without Mermaid)',
  run: () =>
    Promise.resolve([
      `${'comps/phases'.padEnd(14)}  ${'diagrams'.padStart(10)}  ${'review'.padStart(10)}  ${'size'.padStart(9)}  ${'drawn'.padStart(9)}  ${'runbook'.padStart(10)}  ${'size'.padStart(9)}`,
      ...SIZES.map(([c, p]) => line(c, p)),
      'diagrams: building the Mermaid text of every view; review: the document without SVGs (the',
      'drawn views add their SVGs in the browser); drawn: views the review hands Mermaid, of all views.',
    ]),
};
