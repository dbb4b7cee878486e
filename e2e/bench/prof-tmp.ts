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
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(`${BASE}${url}`);
  await page.waitForTimeout(Number(process.argv[3] ?? 8000));
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((s, i) => {
    const n = byId.get(s)!;
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0));
  });
  console.log('elapsed', Date.now() - t0);
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, t]) => `${(t / 1000).toFixed(0)}ms ${k}`).join('\n'));
} finally {
  await browser.close();
  preview.kill();
}
