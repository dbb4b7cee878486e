/**
 * The page side of src/bench/browser/integrity.bench.ts: a probe (src/bench/browser/integrity-probe.worker.ts) or a full
 * check (src/integrity/worker/integrity.worker.ts) started in the bench page on the two picked files, timed in the page.
 * The page holds both workers' bundles as blob URLs (window.probeUrl, window.checkUrl).
 */
import type { Page } from '@playwright/test';
import type { FromWorker, IntegrityResult } from '../../integrity';
import { watchdog } from './integrity-bench-tools';
import type { ProbeReply } from './integrity-probe-protocol';

/** A probe request as sent from Node: `files: true` means the two picked files, added in the page. */
export type ProbeCall =
  | { op: 'read'; files: true; reader: 'byob' | 'default' }
  | { op: 'digest'; files: true }
  | { op: 'keydiff'; files: true }
  | { op: 'checksum'; files: true; mode: 'normalised' | 'raw' }
  | { op: 'rows'; rows: number };

/**
 * Runs a probe over both picked files: in one worker one file after the other, or (`parallel`) in two
 * workers at once, one file each, as the check reads them. Timed in the page from before the workers
 * start to the last reply, like the full check.
 */
export const probeRunner =
  (page: Page) =>
  (req: ProbeCall, parallel = false) =>
    watchdog(
      `probe ${JSON.stringify(req)}`,
      page.evaluate(
        ([r, par]) => {
          const w = window as unknown as Record<string, string>;
          const picked = [...document.querySelectorAll('input')].map((i) => i.files![0]!);
          const groups = 'files' in r ? (par ? picked.map((f) => [f]) : [picked]) : [undefined];
          const t0 = performance.now();
          const runs = groups.map(
            (files) =>
              new Promise<ProbeReply>((resolve, reject) => {
                const worker = new Worker(w.probeUrl!, { type: 'module' });
                worker.onmessage = (e: MessageEvent<ProbeReply | { error: string }>) => {
                  worker.terminate();
                  if ('error' in e.data) reject(new Error(e.data.error));
                  else resolve(e.data);
                };
                worker.onerror = (e) => reject(new Error(`probe worker stopped: ${e.message}`));
                worker.postMessage({ ...r, files });
              }),
          );
          return Promise.all(runs).then((replies) => ({
            ...replies.reduce((a, b) => ({
              ms: a.ms,
              bytes: a.bytes + b.bytes,
              rows: a.rows + b.rows,
              chunks: a.chunks + b.chunks,
              scanMs: a.scanMs,
              hashMs:
                a.hashMs === undefined && b.hashMs === undefined
                  ? undefined
                  : (a.hashMs ?? 0) + (b.hashMs ?? 0),
              parts: a.parts,
            })),
            wallMs: performance.now() - t0,
          }));
        },
        [req, parallel] as const,
      ),
    );

export const fullCheckRunner = (page: Page) => (mode: 'normalised' | 'raw') =>
  watchdog(
    `full check (${mode})`,
    page.evaluate((m) => {
      const w = window as unknown as Record<string, string>;
      const [source, target] = [...document.querySelectorAll('input')].map((i) => i.files![0]!);
      const t0 = performance.now();
      // As src/integrity/worker/client.ts starts a check: the owner and, beside it, the helper on a port.
      const worker = new Worker(w.checkUrl!, { type: 'module' });
      const helper = new Worker(w.checkUrl!, { type: 'module' });
      const line = new MessageChannel();
      let progress = 0;
      return new Promise<{ ms: number; progress: number; result: IntegrityResult }>((resolve, reject) => {
        worker.onerror = (e) => reject(new Error(`integrity worker stopped: ${e.message}`));
        helper.onerror = (e) => reject(new Error(`integrity helper stopped: ${e.message}`));
        worker.onmessage = (e: MessageEvent<FromWorker>) => {
          if (e.data.type === 'progress') progress++;
          else {
            worker.terminate();
            helper.terminate();
            resolve({ ms: performance.now() - t0, progress, result: e.data.result });
          }
        };
        const request = { source, target, keyColumn: 'id', mode: m };
        helper.postMessage({ type: 'helper', port: line.port2 }, [line.port2]);
        worker.postMessage(
          { type: 'start', request: { ...request, trimWhitespace: false }, helper: line.port1 },
          [line.port1],
        );
      });
    }, mode),
  );
