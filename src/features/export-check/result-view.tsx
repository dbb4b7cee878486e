import { integrityVerdict, type FileReport, type IntegrityReport, type SampledCount } from '../../integrity';
import { SAMPLE_LIMIT } from './check-form';
import { TableScroll } from '../../components/table-scroll';
import { formatBytes, formatCount } from './format';
import { PlainTextBlocks } from './plain-text-blocks';

const yesNo = (ok: boolean) => (
  <span className={`badge ${ok ? 'badge-ok' : 'badge-bad'}`}>{ok ? 'yes' : 'no'}</span>
);

function FileRow({ title, file }: { title: string; file: FileReport }) {
  const oddRows = file.raggedRows + file.malformedRows;
  return (
    <tr>
      <th scope="row">{title}</th>
      <td>{file.name}</td>
      <td className="num">{formatBytes(file.bytes)}</td>
      <td className="num">{formatCount(file.rows)}</td>
      <td>
        <code>{file.checksum.split(':')[0]}</code>
      </td>
      <td>
        <code>{file.bytesDigest}</code>
      </td>
      <td className="num">
        {oddRows === 0
          ? 'none'
          : `${formatCount(file.raggedRows)} ragged, ${formatCount(file.malformedRows)} malformed`}
      </td>
    </tr>
  );
}

/** Said after the time: a check without WebAssembly SIMD gives the same result, about twice as slowly. */
const READ_BY: Record<IntegrityReport['rowsReadBy'], string> = {
  webassembly: ' (rows read with WebAssembly)',
  javascript: ' (rows read without WebAssembly: slower in this browser)',
  both: ' (one file read without WebAssembly: slower in this browser)',
};

const formatMemory = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / (1024 * 1024)).toFixed(0)} MiB`;

function Samples({ count }: { count: SampledCount }) {
  if (count.count === 0) return <span className="muted">none</span>;
  // Orphan samples are distinct values, so a count above the sample list does not by itself mean "more".
  const more = count.samples.length >= SAMPLE_LIMIT && count.count > count.samples.length ? ' …' : '';
  return (
    <span className="export-check-samples">
      {count.samples.map((s, i) => (
        <code key={`${i}-${s}`}>{s}</code>
      ))}
      {more}
    </span>
  );
}

function DiffRow({ label, count }: { label: string; count: SampledCount }) {
  return (
    <tr className={count.count > 0 ? 'export-check-differs' : undefined}>
      <th scope="row">{label}</th>
      <td className="num">{formatCount(count.count)}</td>
      <td>
        <Samples count={count} />
      </td>
    </tr>
  );
}

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
      <TableScroll label="Files read" title="Files read">
        <table className="data-table" aria-label="Files read">
          <thead>
            <tr>
              <th scope="col">Export</th>
              <th scope="col">File</th>
              <th scope="col">Size</th>
              <th scope="col">Rows</th>
              <th scope="col">Row checksum</th>
              <th scope="col">File digest (xxh64)</th>
              <th scope="col">Odd rows</th>
            </tr>
          </thead>
          <tbody>
            <FileRow title="Source" file={report.source} />
            <FileRow title="Target" file={report.target} />
            {ref ? <FileRow title="Parent" file={ref.parent} /> : null}
            {ref ? <FileRow title="Child" file={ref.child} /> : null}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={keyTitle} title={keyTitle}>
        <table className="data-table" aria-label={keyTitle}>
          <thead>
            <tr>
              <th scope="col">Finding</th>
              <th scope="col">Count</th>
              <th scope="col">First keys</th>
            </tr>
          </thead>
          <tbody>
            <DiffRow label="Missing in target" count={d.missingInTarget} />
            <DiffRow label="Extra in target" count={d.extraInTarget} />
            <DiffRow label="Changed" count={d.changed} />
            <DiffRow label="Duplicated in source" count={d.duplicatedInSource} />
            <DiffRow label="Duplicated in target" count={d.duplicatedInTarget} />
          </tbody>
        </table>
      </TableScroll>
      {ref ? (
        <TableScroll label={refTitle} title={refTitle}>
          <table className="data-table" aria-label={refTitle}>
            <thead>
              <tr>
                <th scope="col">Finding</th>
                <th scope="col">Count</th>
                <th scope="col">First values</th>
              </tr>
            </thead>
            <tbody>
              <DiffRow label="Orphan rows" count={ref.orphans} />
              <tr>
                <th scope="row">Empty or NULL foreign keys</th>
                <td className="num">{formatCount(ref.nullForeignKeys)}</td>
                <td className="muted">not orphans</td>
              </tr>
            </tbody>
          </table>
        </TableScroll>
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
