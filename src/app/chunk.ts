import { useEffect, useState } from 'react';

export type ChunkState<T> =
  { status: 'loading' } | { status: 'loaded'; module: T } | { status: 'failed'; message: string };

export type Chunk<T> = {
  /** Starts the download (once; later calls return the same promise). */
  start: () => Promise<T>;
  /** What is known now, without waiting. */
  current: () => ChunkState<T>;
};

/**
 * A code chunk fetched on demand, started as early as the caller knows it is needed (app.tsx starts the
 * editor's while the page is still booting) and read without suspending (see useChunk).
 */
export function chunk<T>(load: () => Promise<T>): Chunk<T> {
  let state: ChunkState<T> = { status: 'loading' };
  let promise: Promise<T> | null = null;
  return {
    start: () =>
      (promise ??= load().then(
        (module) => {
          state = { status: 'loaded', module };
          return module;
        },
        (error: unknown) => {
          state = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
          throw error;
        },
      )),
    current: () => state,
  };
}

/**
 * The chunk's module once it is in. Not React.lazy: a lazy component is revealed by a Suspense retry, and
 * React commits a retry no sooner than 300 ms after the fallback was shown (its reveal throttle), which
 * was most of the time it took to open a draft. A state update when the chunk arrives commits at once,
 * and a chunk already in (started early, or opened before) renders without a fallback frame at all.
 */
export function useChunk<T>(source: Chunk<T>): ChunkState<T> {
  const [state, setState] = useState(source.current);
  useEffect(() => {
    if (state.status !== 'loading') return;
    let live = true;
    const settle = () => {
      if (live) setState(source.current());
    };
    source.start().then(settle, settle);
    return () => {
      live = false;
    };
  }, [source, state.status]);
  return state;
}
