import { Suspense, useEffect, type ReactNode } from 'react';
import { currentPath, Link, useRoute } from '../components/router';
import { parseRoute } from '../components/routes';
import { DraftsScreen } from '../features/drafts';
import { useWorkbench } from '../state';
import { chunk, useChunk, type Chunk } from './chunk';
import { STEP_CHUNKS } from './step-chunks';
import { PersistenceStatus, StorageBanner } from './storage-banner';

// The editor (forms, engine, zod) loads on demand so the drafts list, the first screen, stays small.
const editorChunk = chunk(() => import('./editor-shell'));
const runChunk = chunk(() => import('./run-shell'));
const shareChunk = chunk(() => import('../features/share'));

/**
 * Called once at start-up (main.tsx, once the store has its services): a page opened on a draft fetches
 * the screen's code and reads the draft side by side while React is still starting, so neither waits for
 * the other. The shells ask for the draft again when they mount; the store joins the read under way.
 */
export function startOpening(): void {
  const route = parseRoute(currentPath());
  if (route.name === 'editor') void editorChunk.start();
  if (route.name === 'editor' && route.step !== 'assessment') void STEP_CHUNKS[route.step].start();
  if (route.name === 'run') void runChunk.start();
  if (route.name === 'share') void shareChunk.start();
  if (route.name === 'editor' || route.name === 'run') void useWorkbench.getState().draftOpened(route.id);
}

/** A screen whose code is a chunk: a line saying what opens while it loads, and why if it cannot. */
function Loaded<T>({
  source,
  what,
  children,
}: {
  source: Chunk<T>;
  what: string;
  children: (module: T) => ReactNode;
}) {
  const state = useChunk(source);
  if (state.status === 'loaded') return children(state.module);
  if (state.status === 'loading') return <main className="page muted">Opening {what}…</main>;
  return (
    <main className="page" role="alert">
      <p>
        Could not load {what}: {state.message}. Reload the page to try again.
      </p>
    </main>
  );
}

export function App() {
  const route = useRoute();
  const editorFlushed = useWorkbench((s) => s.editorFlushed);
  const tabSyncStarted = useWorkbench((s) => s.tabSyncStarted);

  // Other tabs announce their saves: this tab shows them, or flags a conflict with unsaved edits here.
  useEffect(() => tabSyncStarted(), [tabSyncStarted]);

  // Typing is debounced; leaving the page (tab hidden, closed, navigated away) writes it at once.
  useEffect(() => {
    const flush = () => void editorFlushed();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [editorFlushed]);

  return (
    <div className="app">
      <header className="app-header">
        <Link href="/" className="brand">
          <img src="/icon.svg" alt="" width={24} height={24} />
          Migration Workbench
        </Link>
      </header>
      <StorageBanner />
      {route.name === 'drafts' ? (
        <>
          <DraftsScreen />
          <footer className="page">
            <PersistenceStatus />
          </footer>
        </>
      ) : null}
      {route.name === 'editor' ? (
        <Suspense fallback={<main className="page muted">Opening the editor…</main>}>
          <Loaded source={editorChunk} what="the editor">
            {({ EditorShell }) => <EditorShell id={route.id} step={route.step} />}
          </Loaded>
        </Suspense>
      ) : null}
      {route.name === 'run' ? (
        <Suspense fallback={<main className="page muted">Opening migration day…</main>}>
          <Loaded source={runChunk} what="migration day">
            {({ RunShell }) => <RunShell id={route.id} />}
          </Loaded>
        </Suspense>
      ) : null}
      {route.name === 'share' ? (
        <Suspense fallback={<main className="page muted">Opening the shared plan…</main>}>
          <Loaded source={shareChunk} what="the shared plan">
            {({ ShareScreen }) => <ShareScreen />}
          </Loaded>
        </Suspense>
      ) : null}
      {route.name === 'not-found' ? (
        <main className="page">
          <h1>Nothing here</h1>
          <p>
            There is no page at <code>{route.path}</code>. <Link href="/">Go to your plans</Link>.
          </p>
        </main>
      ) : null}
    </div>
  );
}
