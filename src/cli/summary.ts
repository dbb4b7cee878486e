import type { Plan } from '../domain';
import { APPROACH_LABEL, STRATEGY_LABEL, type Evaluation, type Finding } from '../engine';

const count = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, one: string, many = `${one}s`): string => `${count(n)} ${n === 1 ? one : many}`;
const hours = (h: number): string => (h < 1 ? `${Math.round(h * 60)} min` : `${Math.round(h * 10) / 10} h`);

function gigabytes(bytes: number): string {
  if (bytes < 1024 ** 3) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.round((bytes / 1024 ** 3) * 10) / 10} GB`;
}

function findingLines(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => [`  [${f.ruleId}] ${f.message}`, `      at ${f.path}; fix: ${f.remedy}`]);
}

/** The human summary printed by `check`: verdict first, then the why, then every item with its rule id. */
export function formatSummary(
  plan: Plan,
  e: Evaluation,
  meta: { file: string; now: Date; upgradedFrom: number | null },
): string {
  const { readiness, estimate, strategy, dataApproach } = e;
  const blockers = readiness.blockers.length;
  const verdict = readiness.ready ? 'READY' : 'NOT READY';
  const lines: string[] = [
    `${plan.title}`,
    `  file ${meta.file}, evaluated as of ${meta.now.toISOString()}${meta.upgradedFrom !== null ? `, upgraded from format ${meta.upgradedFrom}` : ''}`,
    '',
    `Readiness: ${verdict} (${plural(blockers, 'blocker')}, ${plural(readiness.warnings, 'warning')}, ${plural(readiness.openQuestions, 'open question')})`,
    `Strategy: ${STRATEGY_LABEL[strategy.recommended]} recommended (${strategy.ruleIds.join(', ')}); chosen: ${strategy.chosen === null ? 'none yet' : STRATEGY_LABEL[strategy.chosen]}${strategy.differs ? ' (differs)' : ''}`,
    `Data approach: ${APPROACH_LABEL[dataApproach.recommended]} recommended (${dataApproach.ruleIds.join(', ') || 'no rule applies'}); chosen: ${dataApproach.chosen === null ? 'none yet' : APPROACH_LABEL[dataApproach.chosen]}${dataApproach.differs ? ' (differs)' : ''}`,
  ];
  const duration =
    estimate.durationHours === null
      ? 'duration unknown (no measured throughput)'
      : `about ${hours(estimate.durationHours)}`;
  const batches = estimate.batches === null ? 'no batch size' : plural(estimate.batches, 'batch', 'batches');
  const window =
    estimate.windowHours === null
      ? 'no window set'
      : `window ${hours(estimate.windowHours)}: ${estimate.fitsWindow === null ? 'cannot tell' : estimate.fitsWindow ? 'fits' : 'does NOT fit'}`;
  lines.push(
    `Estimate: ${count(estimate.totalRows)} rows, ${gigabytes(estimate.totalBytes)}; ${duration}; ${batches}; ${window}`,
  );
  lines.push(
    `Dependencies: ${plural(e.waves.length, 'wave')}, ${e.cycles.length === 0 ? 'no cycles' : plural(e.cycles.length, 'cycle')}, ${plural(e.consumersToNotify.length, 'consumer')} to notify`,
  );
  const section = (title: string, items: string[]): void => {
    if (items.length === 0) return;
    lines.push('', title, ...items);
  };
  const bySeverity = (s: Finding['severity']): Finding[] => e.findings.filter((f) => f.severity === s);
  section('Blockers:', findingLines(bySeverity('blocker')));
  section('Warnings:', findingLines(bySeverity('warning')));
  section(
    'Questions:',
    e.questions.map((q) => `  [${q.ruleId}] ${q.text}`),
  );
  section(
    'Notes:',
    bySeverity('info').map((f) => `  [${f.ruleId}] ${f.message}`),
  );
  const uncovered = e.risks.filter((r) => r.applies && !r.covered);
  section(
    'Uncovered risks:',
    uncovered.map((r) => `  [${r.ruleId}] ${r.failure}: ${r.missing.join(' ')}`),
  );
  return lines.join('\n');
}
