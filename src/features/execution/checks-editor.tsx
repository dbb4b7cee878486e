import { RemoveButton } from '../../components/controls';
import { IntegrityCheck, INTEGRITY_CHECK_KINDS, type Phase } from '../../domain';
import { fieldCheck, OptionalNumberCell, SelectCell, TextCell } from '../../components/inline-cells';
import { getServices, useWorkbench } from '../../state';
import { addCheck, removeCheck, updateCheck } from './phases-ops';

const EXPECTED_ROWS_CHECK = fieldCheck(IntegrityCheck.shape.expectedRows);

/** The gate after a phase: row counts, checksums and referential constraints (GR-06). */
export function ChecksEditor({ phase, phaseIndex }: { phase: Phase; phaseIndex: number }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const label = (what: string, i: number) => `${what} of check ${i + 1} in ${phase.name}`;
  return (
    <div className="sub-section" data-path={`execution.phases[${phaseIndex}].integrityChecks`}>
      <h4>Integrity checks (the gate to the next phase)</h4>
      {phase.integrityChecks.length === 0 ? (
        <p className="field-error">No integrity checks: the run cannot pass this phase’s gate (GR-06).</p>
      ) : null}
      {phase.integrityChecks.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table edit-table" aria-label={`Integrity checks of ${phase.name}`}>
            <thead>
              <tr>
                <th>Kind</th>
                <th>Target</th>
                <th>Expected rows</th>
                <th>Checksum target</th>
                <th>Constraint</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {phase.integrityChecks.map((check, i) => (
                <tr key={check.id} data-path={`execution.phases[${phaseIndex}].integrityChecks[${i}]`}>
                  <td>
                    <SelectCell
                      label={label('Kind', i)}
                      value={check.kind}
                      options={INTEGRITY_CHECK_KINDS}
                      onCommit={(v) => planEdited((p) => updateCheck(p, phase.id, check.id, { kind: v }))}
                    />
                  </td>
                  <td>
                    <TextCell
                      label={label('Target', i)}
                      value={check.target}
                      required
                      onCommit={(v) => planEdited((p) => updateCheck(p, phase.id, check.id, { target: v }))}
                    />
                  </td>
                  <td>
                    <OptionalNumberCell
                      label={label('Expected rows', i)}
                      value={check.expectedRows}
                      kind="count"
                      validate={EXPECTED_ROWS_CHECK}
                      onCommit={(v) =>
                        planEdited((p) => updateCheck(p, phase.id, check.id, { expectedRows: v }))
                      }
                    />
                  </td>
                  <td>
                    <TextCell
                      label={label('Checksum target', i)}
                      value={check.checksumTarget}
                      onCommit={(v) =>
                        planEdited((p) => updateCheck(p, phase.id, check.id, { checksumTarget: v }))
                      }
                    />
                  </td>
                  <td>
                    <TextCell
                      label={label('Constraint', i)}
                      value={check.constraint}
                      onCommit={(v) =>
                        planEdited((p) => updateCheck(p, phase.id, check.id, { constraint: v }))
                      }
                    />
                  </td>
                  <td className="col-actions">
                    <RemoveButton
                      label={`Remove check ${i + 1} from ${phase.name}`}
                      onClick={() => planEdited((p) => removeCheck(p, phase.id, check.id))}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
