import { RemoveButton } from '../../components/controls';
import { dataTableColumns } from '../../components/data-table-features';
import { fieldCheck, OptionalNumberCell, SelectCell, TextCell } from '../../components/inline-cells';
import { IntegrityCheck, INTEGRITY_CHECK_KINDS, type Phase } from '../../domain';
import { useWorkbench } from '../../state';
import { removeCheck, updateCheck } from './phases-ops';

const EXPECTED_ROWS_CHECK = fieldCheck(IntegrityCheck.shape.expectedRows);

/** A check with the phase it gates: its cells are named after both. */
export type CheckRow = { check: IntegrityCheck; phase: Phase };

const edit = ({ check, phase }: CheckRow, patch: Parameters<typeof updateCheck>[3]) =>
  useWorkbench.getState().planEdited((p) => updateCheck(p, phase.id, check.id, patch));
const label = (what: string, r: CheckRow, i: number) => `${what} of check ${i + 1} in ${r.phase.name}`;

const helper = dataTableColumns<CheckRow>();

/** The gate after a phase, a check a row: row counts, checksums and referential constraints (GR-06). */
export const CHECK_COLUMNS = helper.columns([
  helper.accessor((r) => r.check.kind, {
    id: 'kind',
    header: 'Kind',
    cell: ({ row: { original: r, index } }) => (
      <SelectCell
        label={label('Kind', r, index)}
        value={r.check.kind}
        options={INTEGRITY_CHECK_KINDS}
        onCommit={(v) => edit(r, { kind: v })}
      />
    ),
  }),
  helper.accessor((r) => r.check.target, {
    id: 'target',
    header: 'Target',
    cell: ({ row: { original: r, index } }) => (
      <TextCell
        label={label('Target', r, index)}
        value={r.check.target}
        required
        onCommit={(v) => edit(r, { target: v })}
      />
    ),
  }),
  helper.accessor((r) => r.check.expectedRows, {
    id: 'expectedRows',
    header: 'Expected rows',
    cell: ({ row: { original: r, index } }) => (
      <OptionalNumberCell
        label={label('Expected rows', r, index)}
        value={r.check.expectedRows}
        kind="count"
        validate={EXPECTED_ROWS_CHECK}
        onCommit={(v) => edit(r, { expectedRows: v })}
      />
    ),
  }),
  helper.accessor((r) => r.check.checksumTarget, {
    id: 'checksumTarget',
    header: 'Checksum target',
    cell: ({ row: { original: r, index } }) => (
      <TextCell
        label={label('Checksum target', r, index)}
        value={r.check.checksumTarget}
        onCommit={(v) => edit(r, { checksumTarget: v })}
      />
    ),
  }),
  helper.accessor((r) => r.check.constraint, {
    id: 'constraint',
    header: 'Constraint',
    cell: ({ row: { original: r, index } }) => (
      <TextCell
        label={label('Constraint', r, index)}
        value={r.check.constraint}
        onCommit={(v) => edit(r, { constraint: v })}
      />
    ),
  }),
  helper.display({
    id: 'actions',
    header: () => <span className="visually-hidden">Actions</span>,
    cell: ({ row: { original: r, index } }) => (
      <RemoveButton
        label={`Remove check ${index + 1} from ${r.phase.name}`}
        onClick={() => useWorkbench.getState().planEdited((p) => removeCheck(p, r.phase.id, r.check.id))}
      />
    ),
  }),
]);
