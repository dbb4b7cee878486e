import { afterEach, describe, expect, it, vi } from 'vitest';
import { memorySource } from '../byte-sources';
import { checkExports } from '../check-exports';
import { diffKeyLogs } from '../key-diff';
import type { FileHandle, FromSideWorker, ToSideWorker } from '../protocol';
import type { ByteSource } from '../read-pass';
import { portChannel } from './helper';
import { nestedHelper, serveSide, sideRunner } from './side-workers';

/**
 * Answers as src/integrity/worker/integrity.worker.ts does as a helper (ping, side, stop, diff); counts the sides
 * served and the stops.
 */
let served = 0;
let stopped = 0;
let reading: AbortController | null = null;
function answer(message: ToSideWorker, post: (m: FromSideWorker) => void): void {
  if (message.type === 'ping') post({ type: 'pong' });
  else if (message.type === 'stop') {
    stopped++;
    reading?.abort();
  } else if (message.type === 'diff') {
    const { source, target, limit, from, to } = message;
    post({ type: 'diff-result', rows: diffKeyLogs(source, target, limit, from, to) });
  } else {
    served++;
    const stop = new AbortController();
    reading = stop;
    void (message.file as unknown as Blob)
      .arrayBuffer()
      .then((bytes) =>
        serveSide(
          message,
          memorySource(message.file.name, new Uint8Array(bytes), [101]),
          post,
          null,
          stop.signal,
        ),
      );
  }
}

/**
 * A stand-in for the helper worker, in this thread: it answers like src/integrity/worker/integrity.worker.ts does
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
    answer(message, (m) => this.reply(m));
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
    const sides = sideRunner(nestedHelper('worker.js'), files);
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
    const sides = sideRunner(nestedHelper('worker.js'), files);
    const run = checkExports({ source, target, keyColumn: 'id' }, {}, sides.runSide, sides.runDiff);
    await vi.advanceTimersByTimeAsync(10_000);
    vi.useRealTimers();
    const report = await run;
    expect(report).toMatchObject({ ok: true, keyDiff: { changed: { count: 1, samples: ['1234'] } } });
    expect(FakeWorker.created[0]!.terminated).toBe(true);
  });

  it('works the same over a port to a helper the page started, and reads here when the page reports it failed', async () => {
    const { source, target, files } = inputs();
    const alone = await checkExports({ source, target, keyColumn: 'id' });
    // The helper's end of the line, as integrity.worker.ts serves the port the page gives it.
    const serveOn = (port: MessagePort) => {
      port.addEventListener('message', (event: MessageEvent<ToSideWorker>) =>
        answer(event.data, (m) => port.postMessage(m)),
      );
      port.start();
    };
    served = 0;
    const line = new MessageChannel();
    serveOn(line.port2);
    const channel = portChannel(line.port1);
    const sides = sideRunner(() => channel, files, undefined, false);
    expect(await checkExports({ source, target, keyColumn: 'id' }, {}, sides.runSide, sides.runDiff)).toEqual(
      alone,
    );
    expect(served).toBe(1);
    sides.close();
    line.port2.close();

    // A helper that stopped before it answered: the page says so, and the side is read here at once.
    const silent = new MessageChannel();
    const failing = portChannel(silent.port1);
    const fallback = sideRunner(() => failing, files, undefined, false);
    const run = checkExports({ source, target, keyColumn: 'id' }, {}, fallback.runSide, fallback.runDiff);
    failing.fail('it stopped');
    expect(await run).toEqual(alone);
    fallback.close();
    silent.port2.close();
  });

  it('stops the side in the helper when the owner stops it, and reads with it again', async () => {
    const text = rows(20_000, -1);
    const target = memorySource('target.csv', new TextEncoder().encode(text), [4096]);
    const targetFile = new Blob([text]) as unknown as FileHandle;
    Object.defineProperty(targetFile, 'name', { value: 'target.csv' });
    const line = new MessageChannel();
    let sideArrived = () => {};
    line.port2.addEventListener('message', (event: MessageEvent<ToSideWorker>) => {
      answer(event.data, (m) => line.port2.postMessage(m));
      if (event.data.type === 'side') sideArrived();
    });
    line.port2.start();
    const sides = sideRunner(
      () => portChannel(line.port1),
      new Map([[target, targetFile]]),
      undefined,
      false,
    );
    served = 0;
    stopped = 0;
    const side = {
      label: 'target' as const,
      src: target,
      keyColumn: 'id',
      options: { mode: 'normalised' as const, trimWhitespace: false, maxRecordBytes: 1 << 20 },
      sampleLimit: 5,
      budgetBytes: 1 << 26,
    };
    const halt = new AbortController();
    const arrived = new Promise<void>((resolve) => (sideArrived = resolve));
    const first = sides.runSide(side, { signal: halt.signal });
    await arrived;
    halt.abort();
    expect(await first).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    // The stopped run still answers (cancelled) while the next one reads: that answer is not the next one's.
    const again = await sides.runSide(side, {});
    expect(again).toMatchObject({ ok: true, stats: { checksum: { rows: 20_000 } } });
    expect([served, stopped]).toEqual([2, 1]);
    sides.close();
    line.port2.close();
  });
});
