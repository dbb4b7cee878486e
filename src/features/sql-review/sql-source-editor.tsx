import { useCallback, useState, type DragEvent } from 'react';
import { ConfirmDialog, useConfirm } from '../../components/confirm-dialog';
import { ChoiceField, choicesOf } from '../../components/controls';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { SQL_DIALECTS, type Plan, type SqlDialect } from '../../domain';
import { useWorkbench } from '../../state';
import { DIALECT_LABELS } from './labels';
import { checkSqlFile, MAX_SQL_FILE_BYTES } from './sql-file';
import { useDraftText } from './use-draft-text';

export const FORWARD_SQL_PATH = 'assessment.schemaChange.forwardSql';
const DIALECT_PATH = 'assessment.schemaChange.dialect';
const DIALECTS = choicesOf(SQL_DIALECTS, DIALECT_LABELS);

type Note = { tone: 'error' | 'info'; text: string } | null;
type Loaded = { name: string; text: string };

const setForwardSql = (plan: Plan, forwardSql: string): Plan =>
  plan.assessment.schemaChange.forwardSql === forwardSql
    ? plan
    : {
        ...plan,
        assessment: { ...plan.assessment, schemaChange: { ...plan.assessment.schemaChange, forwardSql } },
      };

const setDialect = (plan: Plan, dialect: SqlDialect): Plan => ({
  ...plan,
  assessment: { ...plan.assessment, schemaChange: { ...plan.assessment.schemaChange, dialect } },
});

/** Dialect, the script itself, and a .sql file picked or dropped onto the text area. */
export function SqlSourceEditor({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const { forwardSql, dialect } = plan.assessment.schemaChange;
  const commit = useCallback((text: string) => planEdited((p) => setForwardSql(p, text)), [planEdited]);
  const { text, change, replace, flush } = useDraftText(forwardSql, commit);
  const [notice, setNotice] = useState<Note>(null);
  const [dragging, setDragging] = useState(false);
  const takeLoaded = useCallback(
    (loaded: Loaded) => {
      replace(loaded.text);
      setNotice({
        tone: 'info',
        text: `Loaded "${loaded.name}" (${loaded.text.length.toLocaleString('en-US')} characters).`,
      });
    },
    [replace],
  );
  const { ask: askToReplace, asked: replacing, dialog: replaceDialog } = useConfirm(takeLoaded);

  const readFile = useCallback(
    async (file: File) => {
      const check = checkSqlFile(file);
      if (!check.ok) {
        setNotice({ tone: 'error', text: check.message });
        return;
      }
      try {
        const loaded = { name: file.name, text: await file.text() };
        // Never drop what the person pasted without asking.
        if (text.trim() === '') takeLoaded(loaded);
        else askToReplace(loaded);
      } catch (error: unknown) {
        const why = error instanceof Error ? error.message : String(error);
        setNotice({ tone: 'error', text: `"${file.name}" could not be read: ${why}` });
      }
    },
    [text, takeLoaded, askToReplace],
  );

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    const file = event.dataTransfer.files[0];
    setDragging(false);
    if (!file) return;
    event.preventDefault();
    void readFile(file);
  };

  return (
    <div className="sql-source">
      <div className="sql-source-bar">
        <ChoiceField
          path={DIALECT_PATH}
          label="SQL dialect"
          choices={DIALECTS}
          value={dialect}
          onChange={(d) => planEdited((p) => setDialect(p, d))}
        />
        <Field
          id="sql-file-input"
          label="Load a .sql file"
          help={`Or drop it on the text area. Up to ${(MAX_SQL_FILE_BYTES / 1_000_000).toFixed(0)} MB.`}
        >
          {(wired) => (
            <input
              {...wired}
              type="file"
              accept=".sql,.txt,text/plain,application/sql"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void readFile(file);
              }}
            />
          )}
        </Field>
      </div>
      <div
        className={`sql-drop${dragging ? ' sql-drop-active' : ''}`}
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes('Files')) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Field
          path={FORWARD_SQL_PATH}
          label="Forward migration SQL"
          help="Paste the script that runs forward. It is parsed in the background; nothing is run."
          wide
        >
          {(wired) => (
            <textarea
              {...wired}
              className="sql-text"
              rows={12}
              spellCheck={false}
              maxLength={MAX_SQL_FILE_BYTES}
              value={text}
              onChange={(e) => change(e.target.value)}
              onBlur={flush}
            />
          )}
        </Field>
      </div>
      <Notice text={notice?.text} tone={notice?.tone} />
      <ConfirmDialog {...replaceDialog} title="Replace the pasted SQL?" confirmLabel="Replace">
        <p>The text area already holds a script. Replace it with &quot;{replacing?.about.name}&quot;?</p>
      </ConfirmDialog>
    </div>
  );
}
