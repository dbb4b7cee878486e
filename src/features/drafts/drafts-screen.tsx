import { useEffect, useState } from 'react';
import { Notice } from '../../components/notice';
import { navigate } from '../../components/router';
import { planPath } from '../../components/routes';
import { useWorkbench } from '../../state';
import { BackupControls } from './backup-controls';
import { DraftsTable } from './drafts-table';
import { ImportPlan } from './import-plan';
import { TemplatePicker } from './template-picker';
import './drafts.css';
import './drafts-list.css';

export function DraftsScreen() {
  const drafts = useWorkbench((s) => s.drafts);
  const firstPage = useWorkbench((s) => s.draftsFirstPage);
  const draftsError = useWorkbench((s) => s.draftsError);
  const recentlyDeleted = useWorkbench((s) => s.recentlyDeleted);
  const draftsRequested = useWorkbench((s) => s.draftsRequested);
  const blankDraftCreated = useWorkbench((s) => s.blankDraftCreated);
  const exampleDraftCreated = useWorkbench((s) => s.exampleDraftCreated);
  const draftDeleteUndone = useWorkbench((s) => s.draftDeleteUndone);
  const [now] = useState(() => new Date());

  useEffect(() => {
    void draftsRequested();
  }, [draftsRequested]);

  const open = (id: string | null) => {
    if (id) navigate(planPath(id));
  };

  return (
    <main className="page drafts-page" aria-labelledby="drafts-heading">
      <div className="page-head">
        <div>
          <h1 id="drafts-heading">Migration plans</h1>
          <p className="lede">Drafts are kept in this browser and work offline. Newest first.</p>
        </div>
        <div className="page-actions">
          <TemplatePicker onCreated={open} />
          <button type="button" onClick={() => void exampleDraftCreated().then(open)}>
            New from example
          </button>
          <button type="button" className="primary" onClick={() => void blankDraftCreated().then(open)}>
            New blank plan
          </button>
        </div>
      </div>

      <ImportPlan />
      <BackupControls />

      <Notice text={draftsError} banner />

      {recentlyDeleted ? (
        <div className="banner banner-info" role="status">
          <span>Deleted “{recentlyDeleted.title}”.</span>
          <button type="button" onClick={() => void draftDeleteUndone()}>
            Undo
          </button>
        </div>
      ) : null}

      {drafts === null && firstPage === null ? (
        <p className="muted">Loading drafts…</p>
      ) : (drafts?.length ?? firstPage?.total) === 0 ? (
        <section className="empty-state" aria-label="No drafts yet">
          <h2>No plans yet</h2>
          <p>
            Start from a blank plan, from a template for a common kind of migration, or open the built-in
            example: widening <code>orders.id</code> from int to bigint on a 400M-row PostgreSQL table with
            zero downtime.
          </p>
        </section>
      ) : drafts ? (
        <DraftsTable drafts={drafts} total={drafts.length} complete now={now} />
      ) : firstPage ? (
        <DraftsTable drafts={firstPage.drafts} total={firstPage.total} complete={false} now={now} />
      ) : null}
    </main>
  );
}
