import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import { evaluate } from '../engine';
import example from '../../public/examples/orders-bigint.json';
import { benchPlanInput } from '../bench/engine-plans';
import { buildDiagrams, DEFAULT_LIMITS, SCREEN_LIMITS } from './diagrams';
import { HOSTILE, planWithText } from './testing/hostile';

const now = new Date('2026-12-05T00:00:00.000Z');
const plan = Plan.parse(example);
const [flow, timeline, deps] = buildDiagrams(plan, evaluate(plan, { now }));

describe('diagrams of the example plan', () => {
  it('phase flow: phases, gates, rollback to the last safe state, point of no return, soak', () => {
    const src = flow?.views[0]?.source ?? '';
    expect(flow?.views).toHaveLength(1);
    for (let i = 0; i < 4; i += 1) expect(src).toMatch(new RegExp(`^  p${i}\\["${i + 1}\\. `, 'm'));
    expect(src).toContain('g0 -. "fail: roll back" .-> start');
    expect(src).toContain('g1 -. "fail: roll back" .-> g0');
    expect(src).toMatch(/ponr\{\{"POINT OF NO RETURN \(approval: Priya Raman\)"\}\}:::ponr/);
    expect(src).toContain('g3 -. "fail: no rollback, restore backup" .-> backup');
    // The soak follows the last non-contract phase and comes before the point of no return.
    expect(src.indexOf('g2 --> soak')).toBeGreaterThan(0);
    expect(src.indexOf('soak --> ponr')).toBeGreaterThan(0);
  });
  it('timeline: a gantt of the window, every phase and the soak', () => {
    const src = timeline?.views[0]?.source ?? '';
    expect(src).toMatch(/^gantt\n/);
    expect(src).toContain('Maintenance window :crit, w0, 2026-12-09 01:00, 360m');
    expect(src).toContain('Phase 1 Expand add id_new and sync trigger :t0, 2026-12-09 01:00, 20m');
    expect(src).toMatch(/Soak 24 h :active, t\d, /);
    expect(src.match(/^ {4}Phase \d/gm)).toHaveLength(4);
    // The swap runs inside the window; rollback without data loss ends with the DROP phase.
    expect(src).toMatch(/Phase 3 [^:]*\(in window\) :t\d/);
    expect(src).toContain('Point of no return :crit, milestone, ponr, 2026-12-10 08:15, 0m');
    expect(src).toContain('  title Timeline (UTC)');
  });
  it('timeline: on the plan’s wall clock, named in the title', () => {
    const berlin = { ...plan, timeZone: 'Europe/Berlin' };
    const src = buildDiagrams(berlin, evaluate(berlin, { now }))[1]?.views[0]?.source ?? '';
    expect(src).toContain('  title Timeline (Europe/Berlin)');
    expect(src).toContain('Maintenance window :crit, w0, 2026-12-09 02:00, 360m');
    expect(src).toContain('Phase 1 Expand add id_new and sync trigger :t0, 2026-12-09 02:00, 20m');
  });
  it('dependencies: every component, coloured by wave', () => {
    const src = deps?.views[0]?.source ?? '';
    expect(src.match(/^ {4}n\d+\[/gm)).toHaveLength(5);
    expect(src).toContain('subgraph W0["Wave 1"]');
    expect(src.match(/ --> /g)).toHaveLength(4);
    expect(src).toMatch(/n0\["orders \(PostgreSQL 16, table\)<br\/>Payments platform"\]:::w0/);
  });
});

describe.each([
  ['files', DEFAULT_LIMITS],
  ['the screen', SCREEN_LIMITS],
] as const)('large plans are split into views that Mermaid draws well (%s)', (_name, limits) => {
  const big = Plan.parse(benchPlanInput(1000, 300));
  const diagrams = buildDiagrams(big, evaluate(big, { now }), limits);
  it.each(diagrams.map((d) => [d.id, d] as const))('%s', (_id, diagram) => {
    expect(diagram.views.length).toBeGreaterThan(1);
    expect(diagram.note).toMatch(/split into \d+ views/);
    for (const view of diagram.views) {
      expect(view.source.length).toBeLessThanOrEqual(limits.maxTextSize);
      expect((view.source.match(/-->|-\.|:t\d/g) ?? []).length).toBeLessThanOrEqual(limits.maxEdges);
      expect((view.source.match(/^ {2,4}\w+[[({]/gm) ?? []).length).toBeLessThanOrEqual(limits.maxNodes + 5);
    }
  });
});

describe('a split dependency graph accounts for every dependency', () => {
  it('draws each in the view holding both ends, and counts it in both views it crosses between', () => {
    const big = Plan.parse(benchPlanInput(1000, 10));
    const graph = buildDiagrams(big, evaluate(big, { now }))[2];
    const views = graph?.views ?? [];
    expect(views.length).toBeGreaterThan(2);
    let own = 0;
    let crossing = 0;
    for (const view of views) {
      const capped = /Only the first \d+ of (\d+) dependencies/.exec(view.note ?? '');
      own += capped ? Number(capped[1]) : (view.source.match(/ --> /g) ?? []).length;
      crossing += Number(/(\d+) dependenc(?:y|ies) cross/.exec(view.note ?? '')?.[1] ?? 0);
    }
    expect(crossing % 2).toBe(0);
    expect(own + crossing / 2).toBe(big.assessment.dependencies.length);
  });
});

describe('hostile text stays inside Mermaid labels', () => {
  /** The diagram with every label emptied: hostile text must not change anything else. */
  const skeleton = (src: string) =>
    src.replace(/"[^"\n]*"/g, '""').replace(/^( {4})(Phase \d+)[^:\n]*( :)/gm, '$1$2$3');
  const benign = planWithText('plain words');
  const base = buildDiagrams(benign, evaluate(benign, { now })).map((d) =>
    d.views.map((v) => skeleton(v.source)),
  );
  it.each(HOSTILE)('%j', (text) => {
    const p = planWithText(text);
    const diagrams = buildDiagrams(p, evaluate(p, { now }));
    expect(diagrams.map((d) => d.views.map((v) => skeleton(v.source)))).toEqual(base);
    for (const d of diagrams)
      for (const v of d.views) {
        expect(v.source).not.toMatch(/%%|^\s*click\b|<script/im);
      }
  });
});
