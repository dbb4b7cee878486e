import { loadPlanText } from '../domain';
import { evaluate } from '../engine';
import { benchPlanInput } from './engine-plans';
import type { BenchModule } from './run-all';

const SIZES = [100, 1_000, 10_000] as const;
const NOW = new Date('2026-12-05T00:00:00.000Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const fmt = (ms: number): string => ms.toFixed(3).padStart(9);

type Row = { size: number; evaluateMs: number; parseMs: number; bytes: number; runs: number };

/**
 * Median of evaluate(plan) against median of JSON.parse(text) of the very same plan text, interleaved
 * in one loop so both see the same machine load (the machine is shared).
 */
function measure(size: number): Row {
  const text = JSON.stringify(benchPlanInput(size));
  const loaded = loadPlanText(text);
  if (!loaded.ok) throw new Error(`bench plan is invalid: ${loaded.error.message}`);
  const plan = loaded.plan;
  const runs = size <= 100 ? 300 : size <= 1_000 ? 100 : 30;
  for (let i = 0; i < Math.min(10, runs); i += 1) {
    evaluate(plan, { now: NOW });
    JSON.parse(text);
  }
  const evals: number[] = [];
  const parses: number[] = [];
  let sink = 0;
  for (let i = 0; i < runs; i += 1) {
    let t = performance.now();
    sink += evaluate(plan, { now: NOW }).findings.length;
    evals.push(performance.now() - t);
    t = performance.now();
    sink += (JSON.parse(text) as { id: string }).id.length;
    parses.push(performance.now() - t);
  }
  if (sink < 0) console.log(sink);
  return { size, evaluateMs: median(evals), parseMs: median(parses), bytes: text.length, runs };
}

export const engineBench: BenchModule = {
  name: 'engine: evaluate() vs JSON.parse of the same plan text',
  run: () => {
    const rows = SIZES.map(measure);
    const lines = [
      'components  edges   phases  plan KB  runs  evaluate ms  JSON.parse ms  ratio',
      ...rows.map(
        (r) =>
          `${String(r.size).padStart(10)}  ${String(r.size * 3).padStart(6)}  ${'50'.padStart(6)}  ${String(Math.round(r.bytes / 1024)).padStart(7)}  ${String(r.runs).padStart(4)}  ${fmt(r.evaluateMs)}    ${fmt(r.parseMs)}      ${(r.evaluateMs / r.parseMs).toFixed(2)}x`,
      ),
      `growth (evaluate ms per 1k components): ${rows.map((r) => `${r.size}: ${((r.evaluateMs / r.size) * 1000).toFixed(3)}`).join(', ')}`,
    ];
    const at1k = rows.find((r) => r.size === 1_000);
    const at10k = rows.find((r) => r.size === 10_000);
    if (at1k && at10k) {
      lines.push(
        `targets: 1,000 components <= 5 ms: ${at1k.evaluateMs <= 5 ? 'met' : 'NOT met'} (${at1k.evaluateMs.toFixed(3)} ms); ` +
          `10,000 components <= 2x JSON.parse: ${at10k.evaluateMs <= 2 * at10k.parseMs ? 'met' : 'NOT met'} (${(at10k.evaluateMs / at10k.parseMs).toFixed(2)}x)`,
      );
    }
    return Promise.resolve(lines);
  },
};
