import { RULES } from './rules';
import type { Finding, RuleId, Severity } from './types';

/** Builds a finding whose title and spec text come from the catalog, so no rule can misquote the spec. */
export function finding(
  ruleId: RuleId,
  severity: Severity,
  path: string,
  message: string,
  remedy: string,
): Finding {
  const rule = RULES[ruleId];
  return { ruleId, severity, title: rule.title, message, path, remedy, specText: rule.specText };
}

const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

export function severityRank(severity: Severity): number {
  return SEVERITY_RANK[severity];
}
