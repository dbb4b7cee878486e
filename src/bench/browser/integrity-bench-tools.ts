/** Helpers of src/bench/browser/integrity.bench.ts: bundling worker entries, sampling memory and CPU, a watchdog. */
import { build, type Rolldown } from 'vite';
import type { Page } from '@playwright/test';
import { chromiumCpuSeconds, rendererRssBytes } from './integrity-procs';

/** One self-contained ES module for a worker entry, built with the project's own bundler. */
export async function bundle(entry: string): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'w' } },
  })) as Rolldown.RolldownOutput[];
  const chunk = out[0]?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}

/**
 * Samples memory every 200 ms while `fn` runs; returns its result and the peaks. `memory: false` skips the
 * sampling (CPU is still measured, once before and once after): sampling spawns `ps` and calls CDP every
 * 200 ms, which costs CPU on a 2-core machine, so runs compared with each other must be measured alike.
 */
export async function sampled<T>(page: Page, fn: () => Promise<T>, memory = true) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const peak = { rss: rendererRssBytes(), heap: 0, cpu: 0 };
  const cpu0 = chromiumCpuSeconds();
  const sample = async () => {
    peak.rss = Math.max(peak.rss, rendererRssBytes());
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    peak.heap = Math.max(peak.heap, heap);
  };
  const timer = memory ? setInterval(() => void sample().catch(() => undefined), 200) : undefined;
  try {
    const value = await fn();
    peak.cpu = chromiumCpuSeconds() - cpu0;
    return { value, peak };
  } finally {
    clearInterval(timer);
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Fails the bench with the step's name when a step takes over two minutes (each takes seconds): a run that
 * stalled would otherwise wait silently until the shell's timeout, naming nothing.
 */
export function watchdog<T>(step: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${step} did not finish within 120 s`)), 120_000);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export const MB = 1024 * 1024;
export const mbps = (bytes: number, ms: number) => `${(bytes / MB / (ms / 1000)).toFixed(0)} MB/s`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const mib = (b: number) => `${(b / MB).toFixed(0)} MiB`;
