import type { Blocks, LockMode, RiskLevel, Severity, SizeBand } from './types';

/**
 * Size bands and risk levels as pgfence defines them: a lock or rewrite that lasts as long as the
 * table is big moves up one level from 10K rows, two from 1M, and is critical over 10M.
 */
const RISK_ORDER: readonly RiskLevel[] = ['none', 'low', 'medium', 'high', 'critical'];
export const riskRank = (risk: RiskLevel): number => RISK_ORDER.indexOf(risk);

export function sizeBand(rows: number | null): SizeBand {
  if (rows === null) return 'unknown';
  if (rows < 10_000) return 'under-10k';
  if (rows < 1_000_000) return '10k-1m';
  if (rows <= 10_000_000) return '1m-10m';
  return 'over-10m';
}

export const BAND_LABELS: Record<SizeBand, string> = {
  unknown: 'size unknown',
  'under-10k': 'under 10K rows',
  '10k-1m': '10K to 1M rows',
  '1m-10m': '1M to 10M rows',
  'over-10m': 'over 10M rows',
};

/** An unknown size counts as the 10K-1M band: nobody can promise the table is small. */
const BUMP: Record<SizeBand, number> = {
  unknown: 1,
  'under-10k': 0,
  '10k-1m': 1,
  '1m-10m': 2,
  'over-10m': 9,
};

export function scaledRisk(base: RiskLevel, rows: number | null): RiskLevel {
  if (base === 'none') return 'none';
  const band = sizeBand(rows);
  if (band === 'over-10m') return 'critical';
  return RISK_ORDER[Math.min(riskRank(base) + BUMP[band], RISK_ORDER.length - 1)] ?? 'critical';
}

/** How loudly to show a risk: critical blocks, medium and high need a plan, low is worth knowing. */
export function riskSeverity(risk: RiskLevel): Severity {
  switch (risk) {
    case 'critical':
      return 'blocker';
    case 'high':
    case 'medium':
      return 'warning';
    case 'low':
      return 'info';
    default:
      return 'none';
  }
}

/** PostgreSQL's lock conflict table, read for plain SELECTs (ACCESS SHARE) and DML (ROW EXCLUSIVE). */
export function blocksOf(lock: LockMode | null): Blocks {
  switch (lock) {
    case 'ACCESS EXCLUSIVE':
    case 'MYSQL EXCLUSIVE':
    case 'MYSQL METADATA':
      return { reads: true, writes: true };
    case 'SHARE':
    case 'SHARE ROW EXCLUSIVE':
    case 'EXCLUSIVE':
    case 'MYSQL SHARED':
      return { reads: false, writes: true };
    default:
      return { reads: false, writes: false };
  }
}

export function blocksText(blocks: Blocks): string {
  if (blocks.reads && blocks.writes) return 'blocks reads and writes';
  if (blocks.writes) return 'blocks writes';
  return 'blocks neither reads nor writes';
}
