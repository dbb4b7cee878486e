import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The router writes a navigation's history entry after the new view is painted. These tests drive it
 * with a stand-in window whose frames and idle periods run only when the test says so.
 */
type Entry = { path: string; how: 'push' | 'replace' };

function fakeWindow(start: string) {
  const frames: FrameRequestCallback[] = [];
  const idle: IdleRequestCallback[] = [];
  const popstate: (() => void)[] = [];
  const entries: Entry[] = [];
  const location = { pathname: start };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, path: string) => {
        location.pathname = path;
        entries.push({ path, how: 'push' });
      },
      replaceState: (_: unknown, __: string, path: string) => {
        location.pathname = path;
        entries.push({ path, how: 'replace' });
      },
    },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'popstate') popstate.push(listener);
    },
    removeEventListener: () => {},
    requestIdleCallback: (cb: IdleRequestCallback) => idle.push(cb),
    cancelIdleCallback: () => {},
  };
  /** The frame is painted, then the browser goes idle. */
  async function paintAndIdle() {
    for (const cb of frames.splice(0)) cb(0);
    await new Promise((r) => setTimeout(r, 5));
    for (const cb of idle.splice(0)) cb({ didTimeout: false, timeRemaining: () => 50 });
  }
  /** The person presses Back: the browser has already moved to `path`. */
  function back(path: string) {
    location.pathname = path;
    for (const listener of popstate) listener();
  }
  vi.stubGlobal('window', win);
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  return { entries, location, paintAndIdle, back };
}

async function loadRouter(start: string) {
  const fake = fakeWindow(start);
  vi.resetModules();
  const router = await import('./router');
  return { ...fake, router };
}

describe('router', () => {
  beforeEach(() => vi.unstubAllGlobals());
  afterEach(() => vi.unstubAllGlobals());

  it('shows the new path at once and writes the history entry after the paint', async () => {
    const { router, entries, location, paintAndIdle } = await loadRouter('/plans/a/strategy');
    const seen: string[] = [];
    const unsubscribe = router.subscribe(() => seen.push(router.currentPath()));
    router.navigate('/plans/a/rollback');
    expect(seen).toEqual(['/plans/a/rollback']);
    expect(router.currentPath()).toBe('/plans/a/rollback');
    expect(location.pathname).toBe('/plans/a/strategy');
    expect(entries).toEqual([]);
    await paintAndIdle();
    expect(entries).toEqual([{ path: '/plans/a/rollback', how: 'push' }]);
    expect(location.pathname).toBe('/plans/a/rollback');
    unsubscribe();
  });

  it('keeps a history entry for every step, however fast the clicks', async () => {
    const { router, entries, paintAndIdle } = await loadRouter('/plans/a/assessment');
    router.navigate('/plans/a/strategy');
    router.navigate('/plans/a/rollback');
    router.navigate('/plans/a/execution');
    expect(router.currentPath()).toBe('/plans/a/execution');
    await paintAndIdle();
    expect(entries.map((e) => e.path)).toEqual([
      '/plans/a/strategy',
      '/plans/a/rollback',
      '/plans/a/execution',
    ]);
  });

  it('replaces the entry when asked, and ignores a navigation to where it already is', async () => {
    const { router, entries, paintAndIdle } = await loadRouter('/');
    router.navigate('/');
    router.navigate('/plans/b', { replace: true });
    router.navigate('/plans/b');
    await paintAndIdle();
    expect(entries).toEqual([{ path: '/plans/b', how: 'replace' }]);
  });

  it('lets Back win over an entry not written yet', async () => {
    const { router, entries, paintAndIdle, back } = await loadRouter('/plans/a/strategy');
    router.navigate('/plans/a/rollback');
    back('/plans/a/assessment');
    expect(router.currentPath()).toBe('/plans/a/assessment');
    await paintAndIdle();
    expect(entries).toEqual([]);
  });

  it('writes the entry at once when leaving the plan, so a reload right after lands on the new page', async () => {
    const { router, entries, location } = await loadRouter('/plans/a/strategy');
    router.navigate('/');
    expect(location.pathname).toBe('/');
    expect(entries).toEqual([{ path: '/', how: 'push' }]);
    router.navigate('/plans/b/assessment');
    router.navigate('/plans/b/run');
    expect(entries.map((e) => e.path)).toEqual(['/', '/plans/b/assessment', '/plans/b/run']);
  });

  it('writes a pending step switch before leaving the plan', async () => {
    const { router, entries } = await loadRouter('/plans/a/strategy');
    router.navigate('/plans/a/rollback');
    expect(entries).toEqual([]);
    router.navigate('/');
    expect(entries.map((e) => e.path)).toEqual(['/plans/a/rollback', '/']);
  });
});
