import { ChoiceField } from '../../components/controls';
import type { Plan } from '../../domain';
import { knownTimeZone } from '../../domain/time-format';
import { useWorkbench } from '../../state';

/** Every zone this browser knows; computed once, it is the same list for every plan. */
let zones: string[] | null = null;
const allZones = () => (zones ??= Intl.supportedValuesOf('timeZone'));

/**
 * The zone the documents give their times in. A new plan starts in the zone of the browser it was made
 * in, a file without one in UTC; the person picks the zone the migration's people live in.
 */
export function TimeZoneField({ plan }: { plan: Plan }) {
  const planEdited = useWorkbench((s) => s.planEdited);
  const list = allZones();
  const options = list.includes(plan.timeZone) ? list : [plan.timeZone, ...list];
  const unknown = !knownTimeZone(plan.timeZone);
  return (
    <ChoiceField
      path="timeZone"
      label="Time zone of the documents"
      help={
        unknown
          ? null
          : 'Runbook, ADR, review document and stakeholder updates give their times in this zone.'
      }
      error={
        unknown
          ? `This browser does not know "${plan.timeZone}": the documents give their times in UTC until you pick a zone.`
          : null
      }
      choices={options.map((zone) => [zone, zone] as const)}
      value={plan.timeZone}
      onChange={(timeZone) => planEdited((p) => ({ ...p, timeZone }))}
    />
  );
}
