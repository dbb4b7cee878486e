import { useState, type DragEvent } from 'react';
import { downloadText } from '../../components/download';
import type { SqlDialect } from '../../domain';
import { clientCommand, type Side } from '../../verify';

const ENGINE: Record<SqlDialect, string> = { postgresql: 'PostgreSQL', mysql: 'MySQL' };
const OUTPUT: Record<SqlDialect, string> = { postgresql: 'psql --csv', mysql: 'mysql --batch' };

/**
 * One side of a round: the SQL to run (copy or download as .sql) and the box where what the client printed
 * is pasted, or dropped or chosen as a file. Nothing here talks to a database.
 */
export function SideSql(props: {
  id: string;
  side: Side;
  dialect: SqlDialect;
  table: string;
  round: number;
  sql: string;
  pasted: string;
  onPaste: (text: string) => void;
}) {
  const { id, side, dialect, round, sql, pasted, onPaste } = props;
  const [note, setNote] = useState<string | null>(null);
  const sideName = side === 'source' ? 'Source' : 'Target';
  const file = `verify-${round}-${side}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sql);
      setNote('Copied.');
    } catch {
      setNote('The browser refused the clipboard: select the SQL and copy it by hand, or download it.');
    }
  };
  const readFile = async (f: File | undefined) => {
    if (!f) return;
    onPaste(await f.text());
    setNote(`Read ${f.name}.`);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    void readFile(e.dataTransfer.files[0]);
  };
  return (
    <section className="db-verify-sql" aria-labelledby={`${id}-${side}-h`}>
      <h4 id={`${id}-${side}-h`}>
        {sideName}: {ENGINE[dialect]}, <code>{props.table}</code>
      </h4>
      <label htmlFor={`${id}-${side}-sql`}>
        {sideName} SQL, round {round}
      </label>
      <textarea id={`${id}-${side}-sql`} className="code" readOnly rows={6} value={sql} wrap="off" />
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          Copy {side} SQL
        </button>
        <button type="button" onClick={() => downloadText(`${file}.sql`, sql, 'application/sql')}>
          Download {file}.sql
        </button>
      </div>
      <p className="field-help">
        Run it with <code>{clientCommand(dialect, file)}</code> (read-only; a replica will do).
      </p>
      <label htmlFor={`${id}-${side}-out`}>
        {sideName} output ({OUTPUT[dialect]})
      </label>
      <textarea
        id={`${id}-${side}-out`}
        className="code"
        rows={4}
        value={pasted}
        wrap="off"
        spellCheck={false}
        placeholder={`Paste or drop what ${OUTPUT[dialect]} printed`}
        onChange={(e) => onPaste(e.target.value)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={drop}
      />
      <div className="row">
        <label className="db-verify-file">
          <span>Or choose the {side} output file</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/plain,text/csv"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
        </label>
        {note ? (
          <span className="field-help" role="status">
            {note}
          </span>
        ) : null}
      </div>
    </section>
  );
}
