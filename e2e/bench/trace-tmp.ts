import { readFileSync } from 'node:fs';
import { bigPlan, draftRecord } from './big-plan';
import { BASE, launch, seedDrafts, startPreview } from './harness';
import { hugePlan } from './huge-plan';
const url = process.argv[2] ?? '/plans/huge/assessment';
const preview = await startPreview();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await seedDrafts(page, [draftRecord(bigPlan('huge', 2000, 40), '2026-10-01T00:00:00.000Z'), draftRecord(hugePlan(), '2026-09-01T00:00:00.000Z')]);
  await page.goto(`${BASE}/`);
  await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await page.goto(`${BASE}${url}`);
  await page.waitForTimeout(Number(process.argv[3] ?? 6000));
  await browser.stopTracing();
} finally {
  await browser.close();
  preview.kill();
}
type Ev = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { functionName?: string; url?: string; lineNumber?: number } } };
const { traceEvents } = JSON.parse(readFileSync('/tmp/trace.json', 'utf8')) as { traceEvents: Ev[] };
const main = traceEvents.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
const tids = new Map<number, number>();
for (const e of main) tids.set(e.tid, (tids.get(e.tid) ?? 0) + 1);
console.log('long tasks', main.length);
for (const task of main.sort((a, b) => a.ts - b.ts)) {
  const inside = traceEvents.filter((e) => e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && e.ph === 'X' && e !== task);
  const sums = new Map<string, number>();
  for (const e of inside) if (['FunctionCall', 'EvaluateScript', 'Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'v8.compile', 'MinorGC', 'MajorGC', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.callFunction', 'PrePaint', 'Layerize'].includes(e.name)) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0));
  const fns = inside.filter((e) => e.name === 'FunctionCall').map((e) => `${e.args?.data?.functionName ?? ''}@${(e.args?.data?.url ?? '').split('/').pop()}:${e.args?.data?.lineNumber}`).slice(0, 3);
  console.log(`${((task.dur ?? 0) / 1000).toFixed(0)}ms`, [...sums].map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' '), fns.join(' | '));
}
