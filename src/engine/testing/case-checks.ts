import { z } from 'zod';
import { DataApproach, DeploymentStrategy } from '../../domain';
import type { Evaluation } from '../types';
import { cites } from './ready-plan';

/** A rule id as the cases name them (DC-04, GR-08): a typo such as "GR-8" fails the parse. */
const RuleId = z.string().regex(/^[A-Z]{2}-\d{2}$/);

/**
 * What a case says the engine must NOT say, as checks on the evaluation's structure (rule ids, paths,
 * the estimate), never on its wording, so rephrasing a message cannot make a case pass or fail.
 */
export const MustNot = z.discriminatedUnion('kind', [
  /** "Schedule a maintenance window / downtime / big-bang cutover". */
  z.object({ kind: z.literal('downtime') }),
  /** "Extend the maintenance window so the copy fits" / "duration exceeds the window". */
  z.object({ kind: z.literal('extend-window') }),
  /** "Use approach X" (and, for expand-contract, the rules that would redesign the change). */
  z.object({ kind: z.literal('approach'), approaches: z.array(DataApproach).min(1) }),
  z.object({ kind: z.literal('strategy'), strategies: z.array(DeploymentStrategy).min(1) }),
  /** A rule the case says does not apply (DC-04 on an engine upgrade, DC-05 on a breaking change). */
  z.object({ kind: z.literal('rule'), ruleIds: z.array(RuleId).min(1) }),
  /** "Use gh-ost / pt-osc": the tools are named nowhere in what the engine says. */
  z.object({ kind: z.literal('table-rebuild-tools') }),
]);
export type MustNot = z.infer<typeof MustNot>;

export const CaseExpectation = z.strictObject({
  file: z.string().min(1),
  strategies: z.array(DeploymentStrategy).min(1),
  approaches: z.array(DataApproach).min(1),
  /** Each entry is one finding of "should raise": cited when any of its rule ids is cited. */
  raise: z.array(z.array(RuleId).min(1)),
  mustNot: z.array(MustNot),
});
export type CaseExpectation = z.infer<typeof CaseExpectation>;

const DOWNTIME_PATHS = [
  'assessment.maintenanceWindow',
  'assessment.downtime.kind',
  'assessment.downtime.windowMinutes',
];

/** Everything the engine says in words, except the spec's own text (which names gh-ost in DC-07). */
function said(e: Evaluation): string[] {
  return [
    ...e.findings.flatMap((f) => [f.message, f.remedy]),
    ...e.questions.map((q) => q.text),
    ...e.strategy.ranked.flatMap((r) => r.reasons.map((x) => x.text)),
    ...e.dataApproach.reasons.map((x) => x.text),
  ];
}

/** Null when the evaluation respects the item, else why it does not. */
export function violation(e: Evaluation, item: MustNot): string | null {
  switch (item.kind) {
    case 'downtime': {
      if (e.strategy.recommended === 'big-bang') return 'recommends a big bang';
      const at = e.findings.find(
        (f) =>
          DOWNTIME_PATHS.some((p) => f.path.startsWith(p)) ||
          (f.ruleId === 'DC-06' && f.path === 'strategy.adr.decision'),
      );
      return at ? `${at.ruleId} at ${at.path} asks for downtime or a window` : null;
    }
    case 'extend-window': {
      if (e.estimate.fitsWindow === false) return 'the estimate says the window is exceeded';
      if (e.questions.some((q) => q.ruleId === 'AQ-03')) return 'AQ-03 asks to extend the window';
      const dc07 = e.findings.find(
        (f) => f.ruleId === 'DC-07' && f.path === 'assessment.maintenanceWindow.durationMinutes',
      );
      return dc07 ? 'DC-07 says the window is exceeded' : null;
    }
    case 'approach': {
      if (item.approaches.includes(e.dataApproach.recommended))
        return `recommends ${e.dataApproach.recommended}`;
      if (item.approaches.includes('expand-contract')) {
        const redesign = ['DC-02', 'DC-05', 'DC-06', 'GR-05'].find(
          (id) => e.dataApproach.ruleIds.includes(id) || e.findings.some((f) => f.ruleId === id),
        );
        if (redesign) return `${redesign} asks for an expand-contract redesign`;
      }
      return null;
    }
    case 'strategy':
      return item.strategies.includes(e.strategy.recommended) ? `recommends ${e.strategy.recommended}` : null;
    case 'rule': {
      const cited = item.ruleIds.filter((id) => cites(e, id));
      return cited.length > 0 ? `cites ${cited.join(', ')}` : null;
    }
    case 'table-rebuild-tools': {
      const text = said(e).find((t) => /gh-ost|pt-osc|pt-online-schema-change/i.test(t));
      return text === undefined ? null : `names a MySQL table-rebuild tool: "${text}"`;
    }
  }
}
