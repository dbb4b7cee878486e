/**
 * Debounced saving with an explicit flush: one module saves, so there is one place that decides when a
 * keystroke reaches IndexedDB. The debounce keeps typing cheap; flush runs when the page is hidden or
 * closed so a crash loses at most about one debounce interval of typing.
 */
export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export type Autosaver<T> = {
  schedule(value: T): void;
  flush(): Promise<void>;
  cancel(): void;
  status(): AutosaveStatus;
};

export function createAutosaver<T>(options: {
  delayMs: number;
  /**
   * Steady typing never pauses for `delayMs`; without a ceiling nothing would be written until it
   * stops, and a crash would lose all of it. A save starts at the latest this long after the first
   * unsaved edit.
   */
  maxWaitMs?: number;
  clock?: () => number;
  save: (value: T) => Promise<boolean>;
  onStatus?: (status: AutosaveStatus) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}): Autosaver<T> {
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const clock = options.clock ?? (() => Date.now());
  const maxWait = options.maxWaitMs ?? Number.POSITIVE_INFINITY;
  let pending: { value: T } | null = null;
  let pendingSince: number | null = null;
  let timer: unknown = null;
  let inFlight: Promise<void> | null = null;
  let current: AutosaveStatus = 'saved';

  const setStatus = (next: AutosaveStatus) => {
    current = next;
    options.onStatus?.(next);
  };

  async function run(): Promise<void> {
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    // Saves never overlap: a later value waits for the earlier write, then writes itself.
    while (inFlight) await inFlight;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    pendingSince = null;
    setStatus('saving');
    inFlight = options
      .save(value)
      .then((ok) => setStatus(pending ? 'pending' : ok ? 'saved' : 'error'))
      .catch(() => setStatus('error'))
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
    if (pending) await run();
  }

  return {
    schedule(value) {
      pending = { value };
      pendingSince ??= clock();
      setStatus('pending');
      if (timer !== null) clearTimer(timer);
      const left = Math.max(0, pendingSince + maxWait - clock());
      timer = setTimer(
        () => {
          timer = null;
          void run();
        },
        Math.min(options.delayMs, left),
      );
    },
    flush: run,
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      pending = null;
      pendingSince = null;
    },
    status: () => current,
  };
}
