import { useEffect, useState, type ChangeEvent } from 'react';
import { Notice } from '../../components/notice';
import { loadPlanText, type Plan } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { DiffView } from './diff-view';

type Other = { name: string; plan: Plan } | { error: string } | null;

/** "What changed since last week?": this plan against another draft or a plan file. */
export function DiffSection({ plan }: { plan: Plan }) {
  const drafts = useWorkbench((s) => s.drafts);
  const draftsRequested = useWorkbench((s) => s.draftsRequested);
  const [choice, setChoice] = useState('');
  const [other, setOther] = useState<Other>(null);

  useEffect(() => {
    void draftsRequested();
  }, [draftsRequested]);

  const pickDraft = (id: string) => {
    setChoice(id);
    if (id === '') return setOther(null);
    getServices()
      .drafts.load(id)
      .then(
        (loaded) =>
          setOther(
            loaded.ok
              ? { name: `draft “${loaded.plan.title}”`, plan: loaded.plan }
              : { error: loaded.error.message },
          ),
        (err: unknown) =>
          setOther({
            error: `The draft could not be read: ${err instanceof Error ? err.message : String(err)}`,
          }),
      );
  };

  const pickFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setChoice('');
    file.text().then(
      (text) => {
        const loaded = loadPlanText(text, file.size);
        setOther(
          loaded.ok
            ? { name: `file ${file.name}`, plan: loaded.plan }
            : { error: `${file.name}: ${loaded.error.message}` },
        );
      },
      () => setOther({ error: `${file.name} could not be read.` }),
    );
  };

  const others = (drafts ?? []).filter((d) => d.id !== plan.id);
  return (
    <section className="card" aria-labelledby="diff-heading">
      <h2 id="diff-heading">Compare with another version</h2>
      <p>
        Compare this plan with another draft (a duplicate made last week, say) or with a plan file, section by
        section.
      </p>
      <div className="row wrap no-print">
        <label htmlFor="diff-draft">Compare with draft</label>
        <select id="diff-draft" value={choice} onChange={(e) => pickDraft(e.target.value)}>
          <option value="">Choose a draft…</option>
          {others.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
        <label htmlFor="diff-file">Compare with a plan file</label>
        <input id="diff-file" type="file" accept=".json,application/json" onChange={pickFile} />
      </div>
      <Notice text={other && 'error' in other ? other.error : null} banner />
      {other && 'plan' in other ? (
        <DiffView before={other.plan} after={plan} beforeName={other.name} />
      ) : null}
    </section>
  );
}
