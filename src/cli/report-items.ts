import { RULES, type Evaluation, type RuleId } from '../engine';
import { createLocator } from './json-locate';
import type { LoadFailure, PlanFile } from './plan-file';

/** GitHub's annotation levels; SARIF calls a notice a note. */
export type ItemLevel = 'error' | 'warning' | 'notice';

/** One thing the engine says about one place in a plan file, located to its line for CI. */
export type ReportItem = {
  kind: 'finding' | 'question' | 'risk' | 'invalid';
  ruleId: string;
  /** The engine's severity for findings; questions and uncovered risks are never blockers. */
  severity: 'blocker' | 'warning' | 'info' | 'question' | 'risk' | 'invalid';
  level: ItemLevel;
  /** The rule's short title, e.g. "Tested rollback procedure". */
  title: string;
  message: string;
  remedy: string | null;
  /** The rule's spec text (the why). */
  specText: string;
  file: string;
  path: string;
  line: number;
  column: number;
};

/** How a finding's severity shows in CI, for plan findings and SQL findings alike. */
export const ITEM_LEVEL = {
  blocker: 'error',
  warning: 'warning',
  info: 'notice',
} as const satisfies Record<'blocker' | 'warning' | 'info', ItemLevel>;

const ruleInfo = (id: RuleId) => RULES[id];

/**
 * Every finding (blockers first, as the engine sorts them), then the open questions, then the
 * failure modes that apply and are not covered, each at its line in the file.
 */
export function reportItems(file: PlanFile, e: Evaluation): ReportItem[] {
  const locate = createLocator(file.text);
  const at = (path: string) => {
    const { line, column } = locate(path);
    return { file: file.path, path, line, column };
  };
  const items: ReportItem[] = e.findings.map((f) => ({
    kind: 'finding',
    ruleId: f.ruleId,
    severity: f.severity,
    level: ITEM_LEVEL[f.severity],
    title: f.title,
    message: f.message,
    remedy: f.remedy,
    specText: f.specText,
    ...at(f.path),
  }));
  for (const q of e.questions) {
    const rule = ruleInfo(q.ruleId);
    items.push({
      kind: 'question',
      ruleId: q.ruleId,
      severity: 'question',
      level: 'notice',
      title: rule.title,
      message: q.text,
      remedy: null,
      specText: rule.specText,
      ...at(q.path),
    });
  }
  for (const r of e.risks) {
    if (!r.applies || r.covered) continue;
    const rule = ruleInfo(r.ruleId);
    items.push({
      kind: 'risk',
      ruleId: r.ruleId,
      severity: 'risk',
      level: 'notice',
      title: rule.title,
      message: `${r.failure} is not covered: ${r.missing.join(' ')}`,
      remedy: r.mitigation,
      specText: rule.specText,
      ...at(r.path),
    });
  }
  return items;
}

/** A file that cannot be checked, as an item at the line the pipeline names (or its first field path). */
export function invalidItem(failure: LoadFailure): ReportItem {
  const firstIssue = failure.issues[0];
  let line = failure.line ?? 1;
  let column = failure.column ?? 1;
  if (failure.line === undefined && failure.text !== null && firstIssue) {
    ({ line, column } = createLocator(failure.text)(firstIssue.path));
  }
  return {
    kind: 'invalid',
    ruleId: 'invalid-plan',
    severity: 'invalid',
    level: 'error',
    title: 'Not a valid plan',
    message: failure.message,
    remedy: null,
    specText: 'A plan file must be a migration plan that the load pipeline accepts.',
    file: failure.path,
    path: firstIssue?.path ?? '',
    line,
    column,
  };
}
