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
