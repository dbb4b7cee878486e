import catalog from '../../public/templates/index.json';

/**
 * What the app shows of an entry of public/templates/index.json, the template catalog. It is bundled at
 * build time and checked against its zod schema (src/cli/templates/catalog.ts) by the template test, not
 * parsed here: zod is not part of the first load. The plan file itself is fetched, and loaded, on use.
 */
export type PlanTemplateInfo = {
  id: string;
  /** The kind of migration, e.g. "MySQL online schema change with gh-ost". */
  name: string;
  title: string;
  /** One line, shown beside the name. */
  description: string;
  file: string;
};

/** The templates "New from template" offers, in the catalog's order; the plans themselves load on use. */
export const PLAN_TEMPLATES: readonly PlanTemplateInfo[] = catalog.templates;

export const templateUrl = (template: PlanTemplateInfo) => `/templates/${template.file}`;
