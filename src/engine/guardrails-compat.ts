import { AFTER_SWITCH_KINDS } from '../domain';
import type { Facts } from './facts';
import { finding } from './finding';
import { clip } from './format';
import type { Placement, PlacedStatement } from './statement-placement';
import type { Finding, StrategyRecommendation } from './types';

const WHERE_TEXT: Record<PlacedStatement['where'], string> = {
  'after-switch': 'after the switch',
  'before-switch': 'in a contract phase',
  swap: 'in the one-transaction swap after the sync',
  'in-window': 'inside the agreed downtime',
  transition: 'during the transition',
};

/**
 * How the plan keeps old code working while a change that is not backward-compatible rolls out,
 * when no breaking statement runs during the transition:
 * - 'move': the data goes to another store and the old one stays intact until after the switch, so
 *   old code keeps its store (compatible by construction); only the code needs an expand step;
 * - 'downtime': downtime is agreed and the switch happens inside it (DC-06's second branch);
 * - 'expand-contract': the phases add the new side first and remove the old after the switch.
 */
type Design = 'move' | 'downtime' | 'expand-contract' | null;

function designOf(f: Facts, s: StrategyRecommendation): Design {
  const { phases } = f.plan.execution;
  const lastSwitch = phases.reduce((last, p, i) => (AFTER_SWITCH_KINDS.has(p.kind) ? last : i), -1);
  const deletesEarly = phases.some((p, i) => p.deletesSource && i <= lastSwitch);
  const liveSync = f.shape.sync === 'replication' || f.shape.sync === 'dual-write';
  if (f.shape.movingCount > 0 && liveSync && !deletesEarly) return 'move';
  const bigBang = (f.plan.strategy.deployment ?? s.recommended) === 'big-bang';
  const inWindow = f.windows.phases.some((t) => t.timing === 'in-window');
  if (f.downtimeAllowed && (bigBang || inWindow)) return 'downtime';
  if (f.shape.movingCount > 0 && !deletesEarly) return 'move';
  const expandAt = phases.findIndex((p) => p.kind === 'expand');
  const contract = phases.some((p, i) => AFTER_SWITCH_KINDS.has(p.kind) && i > lastSwitch);
  if (expandAt !== -1 && contract) return 'expand-contract';
  return null;
}

/** DC-06's advice for this plan's shape: the branch that applies. */
function dc06(design: Design): Finding {
  if (design === 'move') {
    return finding(
      'DC-06',
      'info',
      'execution.phases',
      'The change is not backward-compatible, but the old store keeps serving the old code until the cut-over: the store side is compatible by construction.',
      'Ship code that handles both shapes before the cut-over (an expand step, e.g. a translation layer), and remove the old path in a contract phase after the soak.',
    );
  }
  if (design === 'downtime') {
    return finding(
      'DC-06',
      'info',
      'strategy.adr.decision',
      'The change is not backward-compatible and runs inside the agreed downtime: the spec accepts downtime when expand-contract is impossible.',
      'Record in the ADR why expand-contract is not used, and announce the window (GR-07).',
    );
  }
  return finding(
    'DC-06',
    'info',
    'execution.phases',
    'The change is not backward-compatible: redesign it as expand-contract, or schedule downtime if that is impossible.',
    'Add the new alongside the old (expand), backfill and switch reads (migrate), and drop the old after the soak (contract).',
  );
}

/**
 * GR-05 and DC-06, judged from what runs where (statement-placement.ts) rather than from the
 * chosen approach's label: a breaking statement that runs while old code still runs blocks; one that
 * runs after the switch, in the swap, or inside agreed downtime does not.
 */
export function compatibility(f: Facts, placement: Placement, s: StrategyRecommendation): Finding[] {
  const path =
    f.compatSource === 'sql'
      ? 'assessment.schemaChange.forwardSql'
      : 'assessment.schemaChange.backwardCompatible';
  if (f.backwardCompatible === 'unknown') {
    if (!f.hasSchemaChange) return [];
    return [
      finding(
        'GR-05',
        'warning',
        path,
        'Nobody has said whether the schema change is backward-compatible, so DC-05 and DC-06 cannot be decided.',
        'Analyse the forward SQL or state whether old code keeps working against the new schema.',
      ),
    ];
  }
  if (f.backwardCompatible === 'yes') return [];
  const breaking = placement.statements.filter((x) => !x.destructive);
  const out: Finding[] = [];
  for (const x of breaking) {
    if (x.where !== 'transition') continue;
    const phase = x.phase === null ? null : f.plan.execution.phases[x.phase];
    const when = phase ? `in phase "${phase.name}" (${phase.kind})` : 'in the forward migration';
    out.push(
      finding(
        'GR-05',
        'blocker',
        x.path,
        `Line ${x.line} (${clip(x.text)}) is not backward-compatible and runs ${when}, while the old code still runs.`,
        'Run it in a contract phase after the switch, as part of a one-transaction swap after the sync, or inside agreed downtime; or redesign it as expand-contract (add, backfill, switch reads, drop later).',
      ),
    );
  }
  const design = designOf(f, s);
  out.push(dc06(design));
  if (out.length > 1) return out;
  const safe = breaking.filter((x) => x.where !== 'transition');
  if (safe.length > 0) {
    const places = [...new Set(safe.map((x) => WHERE_TEXT[x.where]))];
    out.push(
      finding(
        'GR-05',
        'info',
        path,
        `Every breaking statement runs where no old code depends on it (${places.join(', ')}).`,
        'Keep them there; do not move them into an earlier phase.',
      ),
    );
    return out;
  }
  const phases = f.plan.execution.phases;
  if (design !== null && (phases.length > 0 || design === 'downtime')) {
    const how =
      design === 'move'
        ? 'the old store stays intact and serves the old code until the switch'
        : design === 'downtime'
          ? 'the switch happens inside the agreed downtime'
          : 'the phases expand first and contract after the switch';
    out.push(
      finding(
        'GR-05',
        'info',
        path,
        `The change is not backward-compatible, but ${how}.`,
        'Check that each phase before the switch keeps the old code working.',
      ),
    );
    return out;
  }
  out.push(
    phases.length === 0
      ? finding(
          'GR-05',
          'warning',
          path,
          'The change is not backward-compatible and the plan has no phases yet to show how old and new code keep working during the transition.',
          'Add phases: expand (both work), migrate, switch, and a contract phase after the soak; or agree downtime.',
        )
      : finding(
          'GR-05',
          'blocker',
          path,
          'The change is not backward-compatible, and the phases neither redesign it as expand-contract nor run it inside agreed downtime.',
          'Redesign as expand-contract (add, backfill, switch reads, drop later); if impossible, schedule downtime with a big bang.',
        ),
  );
  return out;
}
