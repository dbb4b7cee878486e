import { useMemo } from 'react';
import { DataTable } from '../../components/data-table';
import { useStaticTable } from '../../components/use-data-table';
import type { Phase } from '../../domain';
import { getServices, useWorkbench } from '../../state';
import { CHECK_COLUMNS } from './check-columns';
import { addCheck } from './phases-ops';

/** The gate after a phase: row counts, checksums and referential constraints (GR-06). */
export function ChecksEditor({ phase, phaseIndex }: { phase: Phase; phaseIndex: number }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const data = useMemo(() => phase.integrityChecks.map((check) => ({ check, phase })), [phase]);
  const table = useStaticTable({ columns: CHECK_COLUMNS, data, getRowId: (r) => r.check.id });
  return (
    <div className="sub-section" data-path={`execution.phases[${phaseIndex}].integrityChecks`}>
      <h4>Integrity checks (the gate to the next phase)</h4>
      {phase.integrityChecks.length === 0 ? (
        <p className="field-error">No integrity checks: the run cannot pass this phase’s gate (GR-06).</p>
      ) : null}
      {phase.integrityChecks.length > 0 ? (
        <div className="table-scroll">
          <DataTable
            table={table}
            label={`Integrity checks of ${phase.name}`}
            className="edit-table"
            rowAttributes={(_, i) => ({
              'data-path': `execution.phases[${phaseIndex}].integrityChecks[${i}]`,
            })}
          />
        </div>
      ) : null}
      <button
        type="button"
        onClick={() =>
          planEdited((p) =>
            addCheck(p, phase.id, {
              id: getServices().newId(),
              kind: 'row-count',
              target: 'table name',
              expectedRows: null,
              checksumTarget: '',
              constraint: '',
            }),
          )
        }
      >
        Add integrity check to {phase.name}
      </button>
    </div>
  );
}
