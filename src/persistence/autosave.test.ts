import { describe, expect, it, vi } from 'vitest';
import { createAutosaver } from './autosave';

describe('autosave', () => {
  it('debounces edits into one save of the latest value', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = createAutosaver<string>({
      delayMs: 500,
      save: (v) => Promise.resolve((saved.push(v), true)),
    });
    saver.schedule('a');
    saver.schedule('ab');
    saver.schedule('abc');
    expect(saver.status()).toBe('pending');
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['abc']);
    expect(saver.status()).toBe('saved');
    vi.useRealTimers();
  });

  it('steady typing still saves at least every maxWait', async () => {
    vi.useFakeTimers();
    const saved: string[] = [];
    const saver = createAutosaver<string>({
      delayMs: 400,
      maxWaitMs: 800,
      clock: () => Date.now(),
      save: (v) => Promise.resolve((saved.push(v), true)),
    });
    // A key every 100 ms for 2 s: the debounce alone would never fire.
    for (let i = 1; i <= 20; i += 1) {
      saver.schedule(`v${i}`);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saved.length).toBeGreaterThanOrEqual(2);
    expect(saved[0]).toBe('v8');
    vi.useRealTimers();
  });

  it('flush writes immediately and nothing is written twice', async () => {
    const saved: string[] = [];
    const saver = createAutosaver<string>({
      delayMs: 10_000,
      save: (v) => Promise.resolve((saved.push(v), true)),
    });
    saver.schedule('x');
    await saver.flush();
    await saver.flush();
    expect(saved).toEqual(['x']);
  });

  it('reports an error status when a save fails, and saves a later value', async () => {
    const statuses: string[] = [];
    let fail = true;
    const saver = createAutosaver<string>({
      delayMs: 0,
      save: () => Promise.resolve(!fail),
      onStatus: (s) => statuses.push(s),
    });
    saver.schedule('x');
    await saver.flush();
    expect(saver.status()).toBe('error');
    fail = false;
    saver.schedule('y');
    await saver.flush();
    expect(saver.status()).toBe('saved');
  });

  it('never runs two saves at once', async () => {
    let running = 0;
    let maxRunning = 0;
    const saver = createAutosaver<number>({
      delayMs: 0,
      save: async () => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 5));
        running -= 1;
        return true;
      },
    });
    saver.schedule(1);
    const first = saver.flush();
    saver.schedule(2);
    await Promise.all([first, saver.flush()]);
    expect(maxRunning).toBe(1);
  });
});
