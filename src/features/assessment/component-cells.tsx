import { fieldId } from '../../components/field';
import { fieldCheck, NumberCell, TextCell } from '../../components/inline-cells';
import { Component, type QuantityKind } from '../../domain';
import { itemKey, useCellHold, useWorkbench } from '../../state';
import { updateComponent } from './components-ops';

/** Each row's cells belong to the row's own form (see RowForm). */
export const rowForm = (id: string) => `component-row-${id}`;

export const editComponent = (id: string, patch: Partial<Omit<Component, 'id'>>) =>
  useWorkbench.getState().planEdited((p) => updateComponent(p, id, patch));

/** The plan's own bounds: a value the plan would refuse on its next load is never committed. */
const CHECKS = {
  rows: fieldCheck(Component.shape.rows),
  avgRowBytes: fieldCheck(Component.shape.avgRowBytes),
};

type CellProps = { component: Component; index: number; label: string };

/** A component's name: required, so an emptied box is kept with the draft until it is filled. */
export function NameCell({ component, index, label }: CellProps) {
  const path = `assessment.components[${index}].name`;
  const hold = useCellHold(itemKey('assessment.components', component.id, 'name'), path, label);
  return (
    <TextCell
      id={fieldId(path)}
      form={rowForm(component.id)}
      label={label}
      value={component.name}
      required
      hold={hold}
      onCommit={(v) => editComponent(component.id, { name: v })}
    />
  );
}

/** Rows or average row bytes, as typed ("180M", "1 KiB"); text that does not read is kept, with why. */
export function QuantityCell({
  component,
  index,
  label,
  field,
  kind,
}: CellProps & { field: 'rows' | 'avgRowBytes'; kind: QuantityKind }) {
  const path = `assessment.components[${index}].${field}`;
  const hold = useCellHold(itemKey('assessment.components', component.id, field), path, label);
  return (
    <NumberCell
      id={fieldId(path)}
      form={rowForm(component.id)}
      label={label}
      value={component[field]}
      kind={kind}
      hold={hold}
      validate={CHECKS[field]}
      onCommit={(v) => editComponent(component.id, { [field]: v })}
    />
  );
}
