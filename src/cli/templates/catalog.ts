import { z } from 'zod';
import { DataApproach, DeploymentStrategy, issuesFrom } from '../../domain';

const TemplateId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

/**
 * One entry of public/templates/index.json. The plan itself is in `file`; the catalog holds what is shown
 * before it is loaded (the app's "New from template", `init --list`) and what the template is an example
 * of, which the template test holds the file and the engine's advice against.
 */
export const TemplateEntry = z
  .strictObject({
    id: TemplateId,
    /** The kind of migration, e.g. "MySQL online schema change with gh-ost": the app lists templates by it. */
    name: z.string().min(1),
    /** The plan's own title: a worked example of that kind. */
    title: z.string().min(1),
    /** One line, shown beside the template in the app and by `init --list`. */
    description: z.string().min(1),
    file: z.string(),
    intended: z.strictObject({ strategy: DeploymentStrategy, dataApproach: DataApproach }),
  })
  // One name for one thing: the id is the file's name, so neither can be renamed without the other.
  .refine((t) => t.file === `${t.id}.json`, { path: ['file'], message: 'must be the id followed by .json' });
export type TemplateEntry = z.infer<typeof TemplateEntry>;

export const TemplateCatalog = z.strictObject({
  templates: z
    .array(TemplateEntry)
    .min(1)
    .refine((list) => new Set(list.map((t) => t.id)).size === list.length, 'each id must appear once'),
});
export type TemplateCatalog = z.infer<typeof TemplateCatalog>;

/** The catalog's templates, or every issue with where it is ("templates[2].intended.strategy: ..."). */
export function parseTemplateCatalog(
  value: unknown,
): { ok: true; templates: TemplateEntry[] } | { ok: false; issues: string[] } {
  const parsed = TemplateCatalog.safeParse(value);
  if (parsed.success) return { ok: true, templates: parsed.data.templates };
  return { ok: false, issues: issuesFrom(parsed.error).map((i) => `${i.path}: ${i.message}`) };
}

/** index.json as `npm run templates` writes it: the catalog's keys in the schema's order. */
export const catalogText = (templates: readonly TemplateEntry[]) =>
  `${JSON.stringify({ templates }, null, 2)}\n`;
