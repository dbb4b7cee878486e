import catalog from '../../public/templates/index.json';

/** One entry of public/templates/index.json (written by `npm run templates`). */
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
