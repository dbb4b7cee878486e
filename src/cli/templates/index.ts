import { loadPlanValue, type LoadResult } from '../../domain';
import catalog from '../../../public/templates/index.json';
import apiVersionCanary from '../../../public/templates/api-version-canary.json';
import datastoreDualWrite from '../../../public/templates/datastore-dual-write.json';
import logicalReplicationMove from '../../../public/templates/logical-replication-move.json';
import mysqlGhOst from '../../../public/templates/mysql-gh-ost.json';
import postgresExpandContract from '../../../public/templates/postgres-expand-contract.json';
import statelessRollingUpgrade from '../../../public/templates/stateless-rolling-upgrade.json';
import stranglerFigDecomposition from '../../../public/templates/strangler-fig-decomposition.json';
import weekendBigBang from '../../../public/templates/weekend-big-bang.json';
import { parseTemplateCatalog, type TemplateEntry } from './catalog';

export { catalogText, parseTemplateCatalog, TemplateCatalog, TemplateEntry } from './catalog';

/**
 * The plan files of public/templates/, the ones the app fetches, imported so that the CLI bundle carries
 * them and runs without the repository. Static imports, because the bundler embeds only what it can see;
 * the template test fails when this list and index.json do not name the same files.
 */
export const EMBEDDED_TEMPLATE_FILES: Readonly<Record<string, unknown>> = {
  'api-version-canary.json': apiVersionCanary,
  'datastore-dual-write.json': datastoreDualWrite,
  'logical-replication-move.json': logicalReplicationMove,
  'mysql-gh-ost.json': mysqlGhOst,
  'postgres-expand-contract.json': postgresExpandContract,
  'stateless-rolling-upgrade.json': statelessRollingUpgrade,
  'strangler-fig-decomposition.json': stranglerFigDecomposition,
  'weekend-big-bang.json': weekendBigBang,
};

function embeddedCatalog(): TemplateEntry[] {
  const parsed = parseTemplateCatalog(catalog);
  // Build-time data, checked by the template test: a bad catalog is a broken build, not bad input.
  if (!parsed.ok) throw new Error(`public/templates/index.json is invalid: ${parsed.issues.join('; ')}`);
  return parsed.templates;
}

/** Every template, in the order the app and `init --list` show them. */
export const TEMPLATES: readonly TemplateEntry[] = embeddedCatalog();

export const findTemplate = (id: string): TemplateEntry | undefined => TEMPLATES.find((t) => t.id === id);

/** The template's plan, read through the load pipeline like any plan file. */
export function loadTemplate(entry: TemplateEntry): LoadResult {
  const file = EMBEDDED_TEMPLATE_FILES[entry.file];
  if (file === undefined) {
    return {
      ok: false,
      error: { code: 'unreadable', message: `${entry.file} is not in this build.`, issues: [] },
    };
  }
  return loadPlanValue(file);
}
