import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import { readyPlanInput } from '../engine/testing/ready-plan';
import { EXIT_INVALID, EXIT_READY } from './run-cli';
import { cliCommand } from './testing/fake-io';

const ready = JSON.stringify(readyPlanInput());
const FILES = { 'p.json': ready, 'bad.json': '{}' };

const exportOf = cliCommand('export', FILES);

describe('export', () => {
  it('runbook, adr and html: the Outputs step’s documents, exit 0 whatever the readiness', async () => {
    const runbook = await exportOf('runbook', 'p.json');
    expect(runbook.code).toBe(EXIT_READY);
    expect(runbook.stdout()).toMatch(/^# Runbook: Ready plan\n\n_Generated Sat 5 Dec 2026, 00:00 UTC/);
    expect(runbook.stdout()).toContain('```mermaid');
    const adr = await exportOf('adr', 'p.json');
    expect(adr.stdout()).toMatch(/^# /);
    expect(adr.stdout()).toContain('canary');
    const html = await exportOf('html', 'p.json');
    expect(html.stdout()).toMatch(/^<!doctype html>/);
    // No browser draws the diagrams here: the review document carries their Mermaid source.
    expect(html.stdout()).toContain('flowchart');
  });

  it('plan-json: the plan after the load pipeline, which loads back unchanged', async () => {
    const r = await exportOf('plan-json', 'p.json');
    const plan = Plan.parse(JSON.parse(r.stdout()));
    expect(plan.id).toBe('ready');
    expect(plan.execution.soakHours).toBe(24);
  });

  it('rollback-json: triggers, procedures, tests and the point of no return', async () => {
    const r = await exportOf('rollback-json', 'p.json');
    const doc = JSON.parse(r.stdout()) as { kind: string; exportedAt: string; triggers: unknown[] };
    expect(doc).toMatchObject({ kind: 'rollback-plan', exportedAt: '2026-12-05T00:00:00.000Z' });
    expect(doc.triggers.length).toBeGreaterThan(0);
  });

  it('mermaid: all diagrams as Markdown, or one diagram’s source with --diagram', async () => {
    const all = await exportOf('mermaid', 'p.json');
    expect(all.stdout().match(/```mermaid/g)?.length).toBe(3);
    const one = await exportOf('mermaid', 'p.json', '--diagram', 'timeline');
    expect(one.code).toBe(EXIT_READY);
    expect(one.stdout()).toMatch(/^gantt/);
    const wrong = await exportOf('mermaid', 'p.json', '--diagram', 'pie');
    expect(wrong.code).toBe(EXIT_INVALID);
    expect(wrong.stderr()).toContain('Unknown diagram "pie"; use phase-flow, timeline, dependencies.');
    const view = await exportOf('mermaid', 'p.json', '--diagram', 'timeline', '--view', '2');
    expect(view.code).toBe(EXIT_INVALID);
    expect(view.stderr()).toContain('--view must be a whole number from 1 to 1');
  });

  it('-o writes the file and says so; an unwritable path is exit 2', async () => {
    const r = await exportOf('runbook', 'p.json', '-o', 'runbook.md');
    expect(r.code).toBe(EXIT_READY);
    expect(r.out).toEqual([]);
    expect(r.written.get('runbook.md')).toMatch(/^# Runbook: Ready plan/);
    expect(r.stderr()).toContain('Wrote the runbook to runbook.md.');
    const denied = await exportOf('runbook', 'p.json', '-o', '/readonly/runbook.md');
    expect(denied.code).toBe(EXIT_INVALID);
    expect(denied.stderr()).toContain('Cannot write /readonly/runbook.md: permission denied.');
  });

  it('exit 2 for an unknown kind, a missing file, an invalid plan or a misplaced option', async () => {
    const cases: Array<[string[], string]> = [
      [['pdf', 'p.json'], 'Unknown kind "pdf"'],
      [['runbook'], 'Missing plan file'],
      [[], 'Missing kind'],
      [['runbook', 'nope.json'], 'Cannot read nope.json: no such file.'],
      [['runbook', 'bad.json'], 'bad.json is not a valid plan'],
      [['adr', 'p.json', '--diagram', 'timeline'], '--diagram and --view apply to export mermaid only.'],
    ];
    for (const [args, message] of cases) {
      const r = await exportOf(...args);
      expect(r.code, args.join(' ')).toBe(EXIT_INVALID);
      expect(r.stderr()).toContain(message);
      expect(r.out).toEqual([]);
    }
  });
});
