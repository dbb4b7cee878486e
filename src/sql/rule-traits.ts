import type { RuleDef } from './rule-catalog';
import type { RiskLevel } from './types';

/**
 * What each rule's operation does physically: its base risk on pgfence's scale (size rules move up
 * with the table), and whether it rewrites or scans the table. Kept apart from the catalog's wording.
 * A rule not listed takes its base risk from its severity policy and neither rewrites nor scans.
 */
export type RuleTraits = { base: RiskLevel; rewrite: boolean; scan: boolean };

const t = (base: RiskLevel, rewrite = false, scan = false): RuleTraits => ({ base, rewrite, scan });

const TRAITS: Record<string, RuleTraits> = {
  'PG-001': t('high', true),
  'PG-002': t('critical'),
  'PG-003': t('medium', false, true),
  'PG-004': t('high', true),
  'PG-005': t('medium', false, true),
  'PG-006': t('medium', false, true),
  'PG-007': t('low'),
  'PG-008': t('medium', false, true),
  'PG-010': t('medium', false, true),
  'PG-011': t('medium', false, true),
  'PG-012': t('medium', false, true),
  'PG-013': t('medium', false, true),
  // Renames and drops take a brief ACCESS EXCLUSIVE lock; whether they break old code or lose data
  // is judged by the guardrails (GR-04, GR-05) from the phase they run in, not here.
  'PG-014': t('low'),
  'PG-015': t('low'),
  'PG-016': t('low'),
  'PG-017': t('low'),
  'PG-018': t('low'),
  'PG-019': t('low'),
  'PG-020': t('low'),
  'PG-021': t('high', true),
  'PG-022': t('high', true),
  'PG-026': t('low'),
  'PG-027': t('high', true),
  'PG-028': t('low', false, true),
  'PG-029': t('low', false, true),
  'PG-042': t('medium'),
  'PG-043': t('medium', false, true),
  'PG-038': t('medium', false, true),
  'PG-037': t('critical'),
  'PG-044': t('critical'),
  'MY-001': t('high', true),
  'MY-003': t('high', true),
  'MY-004': t('low'),
  'MY-005': t('low'),
  'MY-006': t('low'),
  'MY-007': t('low'),
  'MY-008': t('low'),
  'MY-009': t('critical'),
  'MY-010': t('high', true),
  'MY-011': t('low'),
  'MY-012': t('low', false, true),
  'MY-013': t('low', false, true),
};

const FROM_POLICY: Record<string, RiskLevel> = {
  size: 'medium',
  blocker: 'critical',
  warning: 'medium',
  info: 'low',
  none: 'none',
};

export function ruleTraits(rule: RuleDef): RuleTraits {
  return TRAITS[rule.id] ?? t(FROM_POLICY[rule.severity] ?? 'medium');
}
