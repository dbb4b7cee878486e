import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import { evaluate } from '../engine';
import example from '../../public/examples/orders-bigint.json';
import { exportAdr } from './adr';
import { mdInline } from './escape';
import { tokenTypes } from './escape.test';
import { exportRunbook } from './runbook';
import { localRehearsal, withRollbackTest } from '../domain/testing/plan-parts';
import { HOSTILE, planWithText } from './testing/hostile';

const now = new Date('2026-12-05T00:00:00.000Z');
const plan = Plan.parse(example);
const evaluation = evaluate(plan, { now });
const runbook = exportRunbook(plan, evaluation, { now });
const headings = (md: string) =>
  marked
    .lexer(md)
    .flatMap((t) => (t.type === 'heading' ? [`${'#'.repeat(Number(t.depth))} ${String(t.text)}`] : []));

describe('runbook', () => {
  it('has the sections of a runbook in order', () => {
    const h2 = headings(runbook).filter((h) => h.startsWith('## '));
    expect(h2).toEqual(
      [
        '## At a glance',
        '## Pre-migration checklist',
        '## Rollback triggers',
        '## Rollback procedure',
        '## Rollback tests',
        '## Point of no return',
        '## Phases',
        '## Open questions',
        '## Diagrams',
      ].filter((h) => h !== '## Open questions' || evaluation.questions.length > 0),
    );
  });
  it('contains every phase, with its steps, verification and gate', () => {
    plan.execution.phases.forEach((phase, i) => {
      expect(runbook).toContain(`### Phase ${i + 1}: ${mdInline(phase.name)}`);
      for (const step of phase.steps) expect(runbook).toContain(`[ ] ${mdInline(step.text)}`);
      for (const check of phase.integrityChecks) expect(runbook).toContain(mdInline(check.target));
      expect(runbook).toContain(mdInline(phase.verification.split('\n')[0] ?? ''));
    });
    expect(runbook.match(/\*\*Gate:\*\*/g)).toHaveLength(plan.execution.phases.length);
  });
  it('contains every trigger and every checklist item as a task box', () => {
    for (const t of plan.rollback.triggers)
      expect(runbook).toContain(`| ${mdInline(t.ruleId)} | ${mdInline(t.description)} |`);
    for (const item of plan.execution.checklist)
      expect(runbook).toContain(`- [${item.done ? 'x' : ' '}] ${mdInline(item.label)}`);
  });
  it('exports a falling custom trigger as "<", with its floor and its firing rule', () => {
    const down = Plan.parse({
      ...example,
      rollback: {
        ...example.rollback,
        triggers: [
          ...example.rollback.triggers,
          {
            id: 'auth',
            ruleId: 'RT-C2',
            metric: 'custom',
            description: 'Authorisation success rate drops below 97%.',
            threshold: 97,
            unit: '%',
            baselineMode: 'absolute',
            direction: 'decrease',
            badSamplesToFire: 2,
            badSamplesWindow: 3,
          },
        ],
      },
    });
    const text = exportRunbook(down, evaluate(down, { now }), { now });
    expect(text).toContain(`| ${mdInline('< 97%; 2 bad of the last 3 samples')} |`);
    expect(text).not.toContain(mdInline('> 97'));
    expect(runbook).toContain(`| ${mdInline('> baseline + 5%, at least +0.1 points from baseline')} |`);
  });
  it('parses as GFM: a trigger table, task lists, SQL and Mermaid code blocks', () => {
    const tokens = marked.lexer(runbook);
    const table = tokens.find((t) => t.type === 'table');
    expect(table && 'rows' in table ? (table.rows as unknown[]).length : 0).toBe(
      plan.rollback.triggers.length,
    );
    const html = marked.parse(runbook) as string;
    expect(html.match(/type="checkbox"/g)?.length).toBeGreaterThanOrEqual(plan.execution.checklist.length);
    expect(runbook.match(/^```mermaid$/gm)).toHaveLength(3);
    expect(runbook).toContain('```sql\nDROP INDEX CONCURRENTLY');
  });
  it('marks the point of no return, names its approver, and places the soak before the contract phase', () => {
    expect(runbook).toContain('**POINT OF NO RETURN.**');
    expect(runbook).toContain('**Priya Raman**');
    expect(runbook.indexOf('### Soak')).toBeLessThan(runbook.indexOf('### Phase 4'));
    expect(runbook.indexOf('### Soak')).toBeGreaterThan(runbook.indexOf('### Phase 3'));
  });
  it('says where each phase runs and what rolls it back, and prints the computed point of no return', () => {
    expect(runbook).toContain(
      'Computed from the phases’ rollback mechanisms: after phase 4, Contract: drop the old int column',
    );
    expect(runbook).toContain(
      'only a restore from backup brings the system back, losing what was written since.',
    );
    expect(runbook).toContain('- Runs: inside the maintenance window');
    expect(runbook).toContain('- Rollback after this phase: restore from backup');
    expect(runbook).not.toContain('comes later than this one');
  });
  it('flags a chosen point of no return later than the computed one, and marks the computed phase', () => {
    const early = Plan.parse(example);
    early.execution.phases[2]!.rollbackMechanism = 'none';
    const text = exportRunbook(early, evaluate(early, { now }), { now });
    expect(text).toContain('after phase 3, Migrate: swap columns');
    expect(text).toContain('comes later than this one: its approval gate would come too late (AQ-05)');
    expect(text).toContain(
      '> **POINT OF NO RETURN (computed).** After this phase nothing brings the system back',
    );
  });
  it('is deterministic for a given clock', () => {
    expect(exportRunbook(plan, evaluation, { now })).toBe(runbook);
  });
});

const outsideCode = (md: string) => md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');

describe('runbook: times, tests and evidence as they are now', () => {
  const berlin = { ...plan, timeZone: 'Europe/Berlin' };
  const text = exportRunbook(berlin, evaluate(berlin, { now }), { now });
  it('writes times readably in the plan’s time zone, and says which zone once', () => {
    expect(text).toContain('_Generated Sat 5 Dec 2026, 01:00 CET from plan');
    expect(text).toContain('Times are in Europe/Berlin.');
    // ph-2 starts at 01:30 UTC, 02:30 in Berlin.
    expect(text).toContain('- Planned start: Wed 9 Dec 2026, 02:30 CET');
    expect(text).toMatch(/- Maintenance window: \w{3} \d+ Dec 2026, \d\d:\d\d CET \(/);
    expect(outsideCode(text)).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });
  it('lists every rollback test with its environment, the staging one too', () => {
    const rehearsal = localRehearsal({
      notes: 'forward 3 statements\nrollback 2 statements',
      testedScripts: { forward: '0000000000000000', rollback: '0000000000000000' },
    });
    const withTests = withRollbackTest(plan, rehearsal);
    const md = exportRunbook(withTests, evaluate(withTests, { now }), { now });
    const section = md.slice(md.indexOf('## Rollback tests'), md.indexOf('## Point of no return'));
    expect(section).toContain(
      `- Passed, staging, in ${mdInline(plan.rollback.tests[0]!.environment)} on Thu 19 Nov 2026, production-like data`,
    );
    expect(section).toContain(
      '- Passed, local rehearsal, in local rehearsal \\(PostgreSQL 18\\.6, PGlite\\) on Tue 1 Dec 2026. **STALE',
    );
    // The rehearsal ran other scripts than the plan's: stale, with the reason, in both places.
    expect(md).toContain(
      `**STALE: it ran a forward migration and a rollback script that are not the plan's current ones.**`,
    );
    expect(md).toMatch(/## Local rollback rehearsal\n\n> \*\*STALE: /);
  });
  it('says so when no rollback test is recorded', () => {
    const none = { ...plan, rollback: { ...plan.rollback, tests: [] } };
    expect(exportRunbook(none, evaluate(none, { now }), { now })).toContain('**Not tested yet.**');
  });
  it('keeps a procedure’s list and line breaks', () => {
    const listed = {
      ...plan,
      rollback: {
        ...plan.rollback,
        procedures: { ...plan.rollback.procedures, database: 'Run in order:\n- stop writers\n- swap back' },
      },
    };
    const md = exportRunbook(listed, evaluate(listed, { now }), { now });
    expect(md).toContain('Run in order:\n\n- stop writers\n- swap back');
  });
});

describe('ADR (MADR)', () => {
  const adr = exportAdr(plan, evaluation, { now });
  it('has status, context, options, decision and consequences', () => {
    expect(adr).toContain('- Status: accepted');
    expect(adr).toContain('- Date: 2026-12-05');
    expect(headings(adr).filter((h) => h.startsWith('## '))).toEqual([
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '## Pros and Cons of the Options',
    ]);
    expect(adr).toContain('### Consequences');
    expect(adr).toContain('Chosen option: "canary"');
    for (const r of evaluation.strategy.ranked)
      expect(adr).toMatch(new RegExp(`^### ${r.strategy.replace('-', '.')}`, 'm'));
  });
});

describe('hostile text cannot change the Markdown structure', () => {
  // Paragraph breaks, line breaks and lists in multi-line text are kept on purpose (a person's list
  // stays a list); they add no links, HTML, headings, tables or code.
  const ignore = new Set(['text', 'escape', 'space', 'paragraph', 'br', 'list', 'list_item']);
  const shape = (md: string) => tokenTypes(md).filter((t) => !ignore.has(t));
  const benign = planWithText('plain words');
  const base = {
    runbook: shape(exportRunbook(benign, evaluate(benign, { now }), { now })),
    adr: shape(exportAdr(benign, evaluate(benign, { now }), { now })),
  };
  it.each(HOSTILE)('%j', (text) => {
    const p = planWithText(text);
    const e = evaluate(p, { now });
    expect(shape(exportRunbook(p, e, { now }))).toEqual(base.runbook);
    expect(shape(exportAdr(p, e, { now }))).toEqual(base.adr);
  });
});
