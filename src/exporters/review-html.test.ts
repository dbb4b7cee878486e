import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import { evaluate } from '../engine';
import example from '../../public/examples/orders-bigint.json';
import { buildDiagrams } from './diagrams';
import { exportReviewHtml, inertSvg, REVIEW_CSP, REVIEW_MAX_VIEWS } from './review-html';
import { localRehearsal, withRollbackTest } from '../domain/testing/plan-parts';
import { HOSTILE, planWithText } from './testing/hostile';
import { visibleText as text } from './testing/html-text';

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

describe('review document: what the person wrote and what is true now', () => {
  const plan = Plan.parse(example);

  it('names components, never their ids, and lists each component’s consumers by name', () => {
    const doc = build(plan);
    for (const c of plan.assessment.components) expect(doc).not.toContain(c.id);
    // orders (c-orders-db) is consumed by order_items, orders-api and the CDC pipeline.
    const ordersRow =
      /<tr><td>1<\/td><td>orders \(PostgreSQL 16, table\)<\/td>.*?<\/tr>/.exec(doc)?.[0] ?? '';
    expect(ordersRow).toContain(
      'order_items (PostgreSQL 16, table), orders-api, analytics CDC pipeline (Debezium)',
    );
  });

  it('names an unknown component of a dependency as unknown, with the only name the plan gives it', () => {
    const p = {
      ...plan,
      assessment: {
        ...plan.assessment,
        dependencies: [...plan.assessment.dependencies, { from: 'c-billing', to: 'c-gone' }],
      },
    };
    expect(text(build(p))).toContain('billing-worker → unknown component "c-gone"');
  });

  it('never puts "Not written yet" above the SQL of the schema change', () => {
    const sqlOnly = {
      ...plan,
      assessment: {
        ...plan.assessment,
        schemaChange: {
          ...plan.assessment.schemaChange,
          description: '',
          forwardSql: 'ALTER TABLE t ADD c int;',
        },
      },
    };
    const section = (doc: string) =>
      doc.slice(doc.indexOf('<h3>Schema change</h3>'), doc.indexOf('<h2 id="strategy">'));
    const withSql = section(build(sqlOnly));
    expect(withSql).not.toContain('Not written yet');
    expect(withSql).toContain('<pre>ALTER TABLE t ADD c int;</pre>');
    const empty = {
      ...sqlOnly,
      assessment: {
        ...sqlOnly.assessment,
        schemaChange: { ...sqlOnly.assessment.schemaChange, forwardSql: '' },
      },
    };
    expect(section(build(empty))).toContain('Not written yet.');
  });

  it('shows a rehearsal of other scripts than the plan’s as stale, with the reason', () => {
    const p = withRollbackTest(
      plan,
      localRehearsal({
        notes: 'forward ok',
        testedScripts: { forward: '0123456789abcdef', rollback: '0123456789abcdef' },
      }),
    );
    const doc = text(build(p));
    // Both tests are listed, the staging one too, with their environments.
    expect(doc).toContain(`Thu 19 Nov 2026 staging ${plan.rollback.tests[0]!.environment} pass yes current`);
    expect(doc).toContain(
      "Tue 1 Dec 2026 local rehearsal local rehearsal (PostgreSQL 18.6, PGlite) pass no STALE: it ran a forward migration and a rollback script that are not the plan's current ones",
    );
    expect(doc).toMatch(/Local rollback rehearsal STALE: .*\. Rehearse again before relying on it\./);
  });

  it('writes every time readably in the plan’s time zone, never as raw ISO', () => {
    const doc = build({ ...plan, timeZone: 'Europe/Berlin' });
    expect(text(doc)).toContain('generated Sat 5 Dec 2026, 01:00 CET. Times are in Europe/Berlin.');
    expect(text(doc)).toContain('Target date: Wed 9 Dec 2026.');
    expect(text(doc)).toContain('starts Wed 9 Dec 2026, 02:30 CET');
    expect(text(doc)).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it('draws a diagram of at most REVIEW_MAX_VIEWS views, and gives a larger one’s facts as tables, once each', () => {
    const comps = Array.from({ length: 3_000 }, (_, i) => ({
      id: `k${i}`,
      name: `service-${i}`,
      kind: 'service' as const,
      role: 'consumer' as const,
      ownerTeam: 'Team',
      stateful: false,
      rows: 0,
      avgRowBytes: 0,
    }));
    const phaseTemplate = plan.execution.phases[1]!;
    const big = Plan.parse({
      ...plan,
      assessment: {
        ...plan.assessment,
        components: [...plan.assessment.components, ...comps],
        dependencies: [
          ...plan.assessment.dependencies,
          ...comps.map((c, i) => ({ from: i === 0 ? 'c-orders-api' : `k${i - 1}`, to: c.id })),
        ],
      },
      execution: {
        ...plan.execution,
        phases: Array.from({ length: 200 }, (_, i) => ({
          ...phaseTemplate,
          id: `p${i}`,
          name: `Backfill slice ${i + 1}`,
          steps: [{ id: `s${i}`, text: 'Copy a slice', sql: `UPDATE t SET c = 1 WHERE id < ${i};` }],
        })),
      },
    });
    const evaluation = evaluate(big, { now });
    const diagrams = buildDiagrams(big, evaluation);
    expect(diagrams.every((d) => d.views.length > REVIEW_MAX_VIEWS)).toBe(true);
    const doc = exportReviewHtml(big, evaluation, { now, diagrams, svgs: {} });
    expect(doc).not.toContain('<figure');
    expect(doc).not.toContain('flowchart');
    expect(text(doc)).toContain('The same timeline as a table:');
    // Every component once in the table, every phase once in Execution and once in the timeline table.
    // Its own row, and as the consumer of service-1499: twice, never per view or per edge list.
    expect(doc.split('service-1500<').length - 1).toBe(2);
    expect(doc.split('Backfill slice 200').length - 1).toBe(2);
    expect(doc.length).toBeLessThan(1_500_000);
  });
});
