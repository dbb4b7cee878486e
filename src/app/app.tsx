import { lazy, Suspense, useEffect } from 'react';
import { Link, useRoute } from '../components/router';
import { DraftsScreen } from '../features/drafts';
import { useWorkbench } from '../state';
import { PersistenceStatus, StorageBanner } from './storage-banner';

// The editor (forms, engine, zod) loads on demand so the drafts list, the first screen, stays small.
const EditorShell = lazy(() => import('./editor-shell').then((m) => ({ default: m.EditorShell })));
const RunShell = lazy(() => import('./run-shell').then((m) => ({ default: m.RunShell })));
const ShareScreen = lazy(() => import('../features/share').then((m) => ({ default: m.ShareScreen })));

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
          <EditorShell id={route.id} step={route.step} />
        </Suspense>
      ) : null}
      {route.name === 'run' ? (
        <Suspense fallback={<main className="page muted">Opening migration day…</main>}>
          <RunShell id={route.id} />
        </Suspense>
      ) : null}
      {route.name === 'share' ? (
        <Suspense fallback={<main className="page muted">Opening the shared plan…</main>}>
          <ShareScreen />
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
