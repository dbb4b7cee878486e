import { integrityVerdict, type IntegrityReport } from '../../integrity';
import { formatCount } from './format';
import { FilesTable, FindingsTable, sampled } from './result-tables';
import { PlainTextBlocks } from './plain-text-blocks';

const yesNo = (ok: boolean) => (
  <span className={`badge ${ok ? 'badge-ok' : 'badge-bad'}`}>{ok ? 'yes' : 'no'}</span>
);

/** Said after the time: a check without WebAssembly SIMD gives the same result, about twice as slowly. */
const READ_BY: Record<IntegrityReport['rowsReadBy'], string> = {
  webassembly: ' (rows read with WebAssembly)',
  javascript: ' (rows read without WebAssembly: slower in this browser)',
  both: ' (one file read without WebAssembly: slower in this browser)',
};

const formatMemory = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / (1024 * 1024)).toFixed(0)} MiB`;

/** Everything the check found, as counts first and the first samples beside them. */
export function ResultView({ report, seconds }: { report: IntegrityReport; seconds: number }) {
  const d = report.keyDiff;
  const ref = report.referential;
  const keyTitle = `Key differences on "${d.keyColumn}" (${formatCount(d.distinctSourceKeys)} distinct source keys)`;
  const refTitle = ref
    ? `Referential integrity: ${ref.child.name} "${ref.childForeignKeyColumn}" → ${ref.parent.name} "${ref.parentKeyColumn}"`
    : '';
  const verdict = integrityVerdict(report);
  return (
    <section className="export-check-result" aria-labelledby="export-check-result-heading">
      <h3 id="export-check-result-heading">
        Result:{' '}
        <span className={`badge ${verdict.match ? 'badge-ok' : 'badge-bad'}`}>
          {verdict.match ? 'the exports match' : 'differences found'}
        </span>
      </h3>
      {verdict.match ? null : (
        <ul className="export-check-reasons" aria-label="Why the exports do not match">
          {verdict.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <p className="muted">
        {report.mode === 'raw' ? 'Raw bytes' : 'Normalised values'}
        {report.trimWhitespace ? ', whitespace trimmed' : ''}; checked in {seconds.toFixed(1)} s
        {READ_BY[report.rowsReadBy]}. Key memory peak {formatMemory(report.keyMemoryPeakBytes)} of{' '}
        {formatMemory(report.keyMemoryBudgetBytes)}. Key diff {report.keyDiffNote}.
      </p>
      <dl className="export-check-facts">
        <dt>Row counts match</dt>
        <dd>
          {yesNo(report.rowCountMatch)} source {formatCount(report.source.rows)}, target{' '}
          {formatCount(report.target.rows)}
        </dd>
        <dt>Checksum match</dt>
        <dd>{yesNo(report.checksumMatch)}</dd>
        <dt>Headers match</dt>
        <dd>{yesNo(report.headerMatch)}</dd>
        <dt>Files identical byte for byte</dt>
        <dd>{yesNo(report.identicalBytes)}</dd>
      </dl>
      <FilesTable
        files={[
          { title: 'Source', file: report.source },
          { title: 'Target', file: report.target },
          ...(ref
            ? [
                { title: 'Parent', file: ref.parent },
                { title: 'Child', file: ref.child },
              ]
            : []),
        ]}
      />
      <FindingsTable
        title={keyTitle}
        samples="keys"
        rows={[
          sampled('Missing in target', d.missingInTarget),
          sampled('Extra in target', d.extraInTarget),
          sampled('Changed', d.changed),
          sampled('Duplicated in source', d.duplicatedInSource),
          sampled('Duplicated in target', d.duplicatedInTarget),
        ]}
      />
      {ref ? (
        <FindingsTable
          title={refTitle}
          samples="values"
          rows={[
            sampled('Orphan rows', ref.orphans),
            { label: 'Empty or NULL foreign keys', count: ref.nullForeignKeys, samples: null },
          ]}
        />
      ) : null}
      <details>
        <summary>What was compared</summary>
        <div className="export-check-description">
          <PlainTextBlocks text={report.normalisation} />
        </div>
      </details>
    </section>
  );
}
