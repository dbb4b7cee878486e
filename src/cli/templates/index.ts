import { Plan, PLAN_FORMAT_VERSION, PLAN_KIND } from '../../domain';
import { apiVersionCanary } from './api-version-canary';
import type { TemplateSource } from './parts';
import { datastoreDualWrite } from './datastore-dual-write';
import { logicalReplicationMove } from './logical-replication-move';
import { mysqlGhOst } from './mysql-gh-ost';
import { postgresExpandContract } from './postgres-expand-contract';
import { statelessRollingUpgrade } from './stateless-rolling-upgrade';
import { stranglerFigDecomposition } from './strangler-fig-decomposition';
import { weekendBigBang } from './weekend-big-bang';

export type { TemplateSource } from './parts';

/** Every template, in the order the app and `init --list` show them. */
export const TEMPLATES: readonly TemplateSource[] = [
  postgresExpandContract,
  mysqlGhOst,
  logicalReplicationMove,
  datastoreDualWrite,
  statelessRollingUpgrade,
  apiVersionCanary,
  stranglerFigDecomposition,
  weekendBigBang,
];

/** Templates carry this creation time; a plan made from one gets a fresh id and the current time. */
export const TEMPLATE_CREATED_AT = '2026-01-01T00:00:00.000Z';

export const findTemplate = (id: string): TemplateSource | undefined => TEMPLATES.find((t) => t.id === id);

/** The template as a complete plan of the current format, every default filled (what the JSON file holds). */
export function templatePlan(source: TemplateSource): Plan {
  return Plan.parse({
    ...source.plan,
    kind: PLAN_KIND,
    formatVersion: PLAN_FORMAT_VERSION,
    id: `template-${source.id}`,
    title: source.title,
    createdAt: TEMPLATE_CREATED_AT,
  });
}

/** public/templates/index.json: what the app lists under "New from template". */
export function templateCatalog() {
  return {
    templates: TEMPLATES.map((t) => ({
      id: t.id,
      name: t.name,
      title: t.title,
      description: t.description,
      file: `${t.id}.json`,
      intended: t.intended,
    })),
  };
}
