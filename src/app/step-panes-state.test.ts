import { describe, expect, it } from 'vitest';
import { createBlankPlan, type Plan } from '../domain';
import type { Evaluation } from '../engine';
import {
  allCaughtUp,
  caughtUpPanes,
  initialPanes,
  nextPanes,
  type Drawn,
  type Panes,
} from './step-panes-state';

const NOW = new Date('2026-12-05T00:00:00Z');
const base = createBlankPlan({ id: 'p', now: NOW });
const withTitle = (plan: Plan, title: string): Plan => ({ ...plan, title });
const withSoak = (plan: Plan, soakHours: number): Plan => ({
  ...plan,
  execution: { ...plan.execution, soakHours },
});
const withApprover = (plan: Plan, approver: string): Plan => ({
  ...plan,
  rollback: { ...plan.rollback, pointOfNoReturn: { ...plan.rollback.pointOfNoReturn, approver } },
});

const d = (plan: Plan, evaluation: Evaluation | null = null): Drawn => ({ plan, evaluation });
/** A render with `step` on screen, then the hidden steps catching up. */
const settled = (state: Panes, step: Panes['active'], plan: Plan): Panes =>
  caughtUpPanes(nextPanes(state, step, d(plan)), d(plan));

describe('step panes', () => {
  it('mounts the step on screen only, then every step when catching up', () => {
    const first = initialPanes('strategy', d(base));
    expect(Object.keys(first.panes)).toEqual(['strategy']);
    expect(allCaughtUp(first, d(base))).toBe(false);
    const all = settled(first, 'strategy', base);
    expect(Object.keys(all.panes).sort()).toEqual(
      ['assessment', 'execution', 'outputs', 'rollback', 'strategy'].sort(),
    );
    expect(allCaughtUp(all, d(base))).toBe(true);
    expect(Object.values(all.panes).every((p) => p.version === 0)).toBe(true);
  });

  it('returns the same state when nothing changed, so a render does not loop', () => {
    const all = settled(initialPanes('assessment', d(base)), 'assessment', base);
    expect(nextPanes(all, 'assessment', d(base))).toBe(all);
    expect(settled(all, 'assessment', base)).toBe(all);
  });

  it('the step on screen follows every edit; hidden steps keep their plan until catching up', () => {
    const all = settled(initialPanes('execution', d(base)), 'execution', base);
    const edited = withSoak(base, 48);
    const typed = nextPanes(all, 'execution', d(edited));
    expect(typed.panes.execution?.plan).toBe(edited);
    expect(typed.panes.strategy?.plan).toBe(base);
    expect(allCaughtUp(typed, d(edited))).toBe(false);
    const caught = settled(typed, 'execution', edited);
    expect(caught.panes.strategy?.plan).toBe(edited);
    expect(allCaughtUp(caught, d(edited))).toBe(true);
  });

  it('edits made on a step never redraw that step: its forms already hold them', () => {
    const all = settled(initialPanes('execution', d(base)), 'execution', base);
    const once = nextPanes(all, 'execution', d(withSoak(base, 24)));
    const latest = withSoak(base, 36);
    const twice = nextPanes(once, 'execution', d(latest));
    expect(twice.panes.execution?.version).toBe(0);
    // Leaving it and coming back with no edit elsewhere keeps it as it was.
    const away = nextPanes(twice, 'rollback', d(latest));
    const back = nextPanes(away, 'execution', d(latest));
    expect(back.panes.execution?.version).toBe(0);
  });

  it('a hidden step whose part of the plan changed elsewhere is drawn afresh', () => {
    const all = settled(initialPanes('execution', d(base)), 'execution', base);
    // On Execution, an edit reaches into the rollback part (as deleting the point-of-no-return phase does).
    const edited = withApprover(withSoak(base, 12), 'cto');
    const typed = nextPanes(all, 'execution', d(edited));
    const caught = settled(typed, 'execution', edited);
    expect(caught.panes.rollback?.version).toBe(1);
    expect(caught.panes.strategy?.version).toBe(0);
    expect(caught.panes.execution?.version).toBe(0);
  });

  it('a step shown before catching up with such an edit is drawn afresh as it is shown', () => {
    const all = settled(initialPanes('execution', d(base)), 'execution', base);
    const edited = withApprover(base, 'cto');
    const typed = nextPanes(all, 'execution', d(edited));
    const shown = nextPanes(typed, 'rollback', d(edited));
    expect(shown.active).toBe('rollback');
    expect(shown.panes.rollback).toMatchObject({ plan: edited, version: 1 });
  });

  it('an edit outside every step (the title) redraws nothing', () => {
    const all = settled(initialPanes('assessment', d(base)), 'assessment', base);
    const edited = withTitle(base, 'Renamed');
    const caught = settled(nextPanes(all, 'assessment', d(edited)), 'assessment', edited);
    expect(Object.values(caught.panes).every((p) => p.version === 0)).toBe(true);
  });

  it('hidden steps catch up with a new evaluation of the same plan (the SQL analysis arrived)', () => {
    const all = settled(initialPanes('assessment', d(base)), 'assessment', base);
    const evaluation = { findings: [] } as unknown as Evaluation;
    const arrived = nextPanes(all, 'assessment', d(base, evaluation));
    expect(arrived.panes.assessment?.evaluation).toBe(evaluation);
    expect(arrived.panes.strategy?.evaluation).toBeNull();
    expect(allCaughtUp(arrived, d(base, evaluation))).toBe(false);
    const caught = caughtUpPanes(arrived, d(base, evaluation));
    expect(allCaughtUp(caught, d(base, evaluation))).toBe(true);
    expect(Object.values(caught.panes).every((p) => p.version === 0)).toBe(true);
  });

  it('catching up leaves the step on screen to the render, even with an older plan', () => {
    const all = settled(initialPanes('execution', d(base)), 'execution', base);
    const newer = withSoak(base, 5);
    const typed = nextPanes(all, 'execution', d(newer));
    const caught = caughtUpPanes(typed, d(base));
    expect(caught.panes.execution?.plan).toBe(newer);
  });
});
