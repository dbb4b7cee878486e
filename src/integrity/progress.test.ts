import { describe, expect, it } from 'vitest';
import { createProgressThrottle } from './progress';

describe('progress throttle', () => {
  it('posts at most every 100 ms, always the last update, with an ETA from the average rate', () => {
    const t = createProgressThrottle(1000);
    expect(t.next(10, 100, 1000)).toEqual({ bytesDone: 10, bytesTotal: 100, etaSeconds: null });
    expect(t.next(20, 100, 1050)).toBeNull();
    expect(t.next(50, 100, 1100)).toEqual({ bytesDone: 50, bytesTotal: 100, etaSeconds: 0.1 });
    expect(t.next(100, 100, 1120)).toEqual({ bytesDone: 100, bytesTotal: 100, etaSeconds: 0 });
  });
});
