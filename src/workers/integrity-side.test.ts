import { afterEach, describe, expect, it, vi } from 'vitest';
import { memorySource } from '../integrity/byte-sources';
import { checkExports } from '../integrity/check-exports';
import { diffKeyLogs } from '../integrity/key-diff';
import type { FileHandle, FromSideWorker, ToSideWorker } from '../integrity/protocol';
import type { ByteSource } from '../integrity/read-pass';
import { serveSide, sideRunner } from './integrity-side';

/**
 * A stand-in for the helper worker, in this thread: it answers like src/workers/integrity.worker.ts does
 * (ping, side, diff), or, `silent`, never starts. Messages go through a task, as between real workers.
 */
class FakeWorker extends EventTarget {
  static silent = false;
  static created: FakeWorker[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.created.push(this);
  }
  private reply(data: FromSideWorker) {
    setTimeout(() => !this.terminated && this.dispatchEvent(new MessageEvent('message', { data })), 0);
  }
  postMessage(message: ToSideWorker) {
    if (FakeWorker.silent || this.terminated) return;
    if (message.type === 'ping') this.reply({ type: 'pong' });
    else if (message.type === 'diff') {
      const { source, target, limit, from, to } = message;
      this.reply({ type: 'diff-result', rows: diffKeyLogs(source, target, limit, from, to) });
    } else void this.serve(message);
  }
  private async serve(message: Extract<ToSideWorker, { type: 'side' }>) {
    const bytes = new Uint8Array(await (message.file as unknown as Blob).arrayBuffer());
    await serveSide(message, memorySource(message.file.name, bytes, [101]), (m) => this.reply(m));
  }
  terminate() {
    this.terminated = true;
  }
}

const rows = (n: number, changed: number) =>
  `id,v\n${Array.from({ length: n }, (_, i) => `${i},${i === changed ? 'new' : 'old'}`).join('\n')}\n`;

function inputs() {
  const sourceText = rows(3000, -1);
  const targetText = rows(3001, 1234);
  const targetFile = new Blob([targetText]) as unknown as FileHandle;
  Object.defineProperty(targetFile, 'name', { value: 'target.csv' });
  const source = memorySource('source.csv', new TextEncoder().encode(sourceText), [101]);
  const target = memorySource('target.csv', new TextEncoder().encode(targetText), [101]);
  return { source, target, files: new Map<ByteSource, FileHandle>([[target, targetFile]]) };
}

describe('sideRunner: the target read and half the diff in a helper worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    FakeWorker.silent = false;
    FakeWorker.created = [];
  });

  it('gives the same report as the check on one thread, and stops its helper at the end', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { source, target, files } = inputs();
    const sides = sideRunner('worker.js', files);
    const split = await checkExports({ source, target, keyColumn: 'id' }, {}, sides.runSide, sides.runDiff);
    sides.close();
    const alone = await checkExports({ source, target, keyColumn: 'id' });
    expect(split).toEqual(alone);
    expect(split).toMatchObject({
      ok: true,
      keyDiff: { extraInTarget: { count: 1, samples: ['3000'] }, changed: { count: 1, samples: ['1234'] } },
    });
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  it('reads the side here when the helper never starts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('Worker', FakeWorker);
    FakeWorker.silent = true;
    const { source, target, files } = inputs();
    const sides = sideRunner('worker.js', files);
    const run = checkExports({ source, target, keyColumn: 'id' }, {}, sides.runSide, sides.runDiff);
    await vi.advanceTimersByTimeAsync(10_000);
    vi.useRealTimers();
    const report = await run;
    expect(report).toMatchObject({ ok: true, keyDiff: { changed: { count: 1, samples: ['1234'] } } });
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });
});
