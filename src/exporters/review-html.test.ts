import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import { evaluate } from '../engine';
import example from '../../public/examples/orders-bigint.json';
import { buildDiagrams } from './diagrams';
import { exportReviewHtml, inertSvg, REVIEW_CSP } from './review-html';
import { HOSTILE, planWithText } from './testing/hostile';

const now = new Date('2026-12-05T00:00:00.000Z');
const build = (plan: Plan, svgs: Record<string, string> = {}) => {
  const evaluation = evaluate(plan, { now });
  return exportReviewHtml(plan, evaluation, { now, diagrams: buildDiagrams(plan, evaluation), svgs });
};
const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]).join(' ');

describe('review document', () => {
  const plan = Plan.parse(example);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" id="m1"><g><text>Flow</text></g></svg>';
  const doc = build(plan, { 'phase-flow:0': svg });
  it('is self-contained: CSP forbids script and connections, no script, no external URL', () => {
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="${REVIEW_CSP}">`);
    expect(REVIEW_CSP).toContain("script-src 'none'");
    expect(REVIEW_CSP).toContain("connect-src 'none'");
    expect(doc).not.toMatch(/<script|<link|src="http/i);
    expect(doc).toContain('@media print');
  });
  it('shows the whole plan, the evaluation and the open questions', () => {
    for (const phase of plan.execution.phases) expect(doc).toContain(phase.name.replace(/&/g, '&amp;'));
    for (const t of plan.rollback.triggers) expect(doc).toContain(t.description.replace(/>/g, '&gt;'));
    expect(doc).toContain('id="findings"');
    expect(doc).toContain('id="questions"');
    expect(doc).toContain(svg);
    // A view without a rendered SVG falls back to its source, never to nothing.
    expect(doc).toContain('<pre>gantt');
  });
  it('strips anything active from the SVGs it is given', () => {
    const hostile =
      '<?xml?><svg onload="alert(1)"><script>alert(1)</script><a href=" javascript:alert(1)"><text>x</text></a></svg>';
    const out = inertSvg(hostile);
    expect(out).not.toMatch(/onload|<script|javascript:/i);
    expect(out.startsWith('<svg')).toBe(true);
  });
  const baseTags = tags(build(planWithText('plain words')));
  it.each(HOSTILE)('hostile text adds no element: %j', (text) => {
    expect(tags(build(planWithText(text)))).toBe(baseTags);
  });
});
