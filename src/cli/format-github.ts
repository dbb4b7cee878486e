import type { ReportItem } from './report-items';

// Workflow command escaping, as GitHub's own toolkit does it: data escapes % CR LF, and property
// values also escape the separators : and , so a message cannot end the command early.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error` / `::warning` / `::notice` workflow command per item: GitHub shows each on the plan
 * file's line in the pull request's diff and in the run's summary.
 */
export function githubAnnotation(item: ReportItem): string {
  const props = [
    `file=${escapeProperty(item.file)}`,
    `line=${item.line}`,
    `col=${item.column}`,
    `title=${escapeProperty(`${item.ruleId} ${item.title}`)}`,
  ].join(',');
  const where = item.path === '' ? '' : ` (at ${item.path})`;
  const fix = item.remedy === null ? '' : `\nFix: ${item.remedy}`;
  return `::${item.level} ${props}::${escapeData(`${item.message}${where}${fix}`)}`;
}
