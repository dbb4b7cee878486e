/** Progress as posted by the worker; the clock is passed in so this stays pure and testable. */
export interface ProgressUpdate {
  bytesDone: number;
  bytesTotal: number;
  /** null until the rate is known (first interval). */
  etaSeconds: number | null;
}

export interface ProgressThrottle {
  /** Returns an update to post, or null when the last one was less than `intervalMs` ago. */
  next(bytesDone: number, bytesTotal: number, nowMs: number): ProgressUpdate | null;
}

/**
 * Rate-limits progress to one message per interval (a message per 64 KB chunk would be ~2,000 a second and
 * cost the main thread more than the bar is worth). The ETA uses the average rate since the start, which is
 * steadier than the last interval's on a disk with bursty reads.
 */
export function createProgressThrottle(startMs: number, intervalMs = 100): ProgressThrottle {
  let last = -Infinity;
  return {
    next(bytesDone, bytesTotal, nowMs) {
      if (nowMs - last < intervalMs && bytesDone < bytesTotal) return null;
      last = nowMs;
      const elapsed = (nowMs - startMs) / 1000;
      const rate = elapsed > 0 ? bytesDone / elapsed : 0;
      const etaSeconds = rate > 0 ? Math.max(0, (bytesTotal - bytesDone) / rate) : null;
      return { bytesDone, bytesTotal, etaSeconds };
    },
  };
}
