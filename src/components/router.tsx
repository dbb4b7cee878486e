import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { whenIdle } from './idle';
import { parseRoute, type Route } from './routes';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * A navigation whose history entry is not written yet. The entry is written once the new view has
 * been painted and the browser is idle (200 ms at the latest): on a 200-component plan a trace showed
 * Chromium's same-document navigation (FrameLoader::updateForSameDocumentNavigation) taking 20-40 ms
 * inside the click, time the person spent looking at the old step.
 */
let pending: { path: string; replace: boolean } | null = null;

/** The path the app shows: a pending navigation's, before its history entry is written. */
export const currentPath = () => pending?.path ?? window.location.pathname;

function writePending() {
  if (!pending) return;
  const { path, replace } = pending;
  pending = null;
  if (path === window.location.pathname) return;
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
}

// Back or forward before the pending entry was written: the browser's entry wins. Registered at
// load, so it runs before any subscriber reads the path.
window.addEventListener('popstate', () => {
  pending = null;
});

/** A switch between two steps of one plan: the only navigation whose history entry waits. */
function isStepSwitch(from: string, to: string): boolean {
  const a = parseRoute(from);
  const b = parseRoute(to);
  return a.name === 'editor' && b.name === 'editor' && a.id === b.id;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const from = currentPath();
  if (path === from) return;
  // An earlier navigation still pending is written first, so every step keeps its history entry.
  writePending();
  pending = { path, replace: options.replace ?? false };
  // Anything else (to the plans list, into a plan, to the run view) is written at once: a reload right
  // after "All plans" must reload the list, not the step the person just left.
  if (!isStepSwitch(from, path)) writePending();
  notify();
  if (pending) whenIdle(writePending, 200);
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath);
  return parseRoute(path);
}

/** An ordinary link (so middle-click and copy-link work) that navigates in place on a plain click. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
