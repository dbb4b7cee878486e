import type { ReportItem } from './report-items';

// Workflow command escaping, as GitHub's own toolkit does it: data escapes % CR LF, and property
// values also escape the separators : and , so a message cannot end the command early.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Where an annotation sits: the file, its 1-based line and column (left out when unknown), and its title. */
export type AnnotationPlace = { file: string; line: number; column?: number | undefined; title: string };

/**
 * One workflow command (`::error file=...,line=...::message`): GitHub shows it on the file's line in the
 * pull request's diff and in the run's summary. Every command's GitHub output goes through here.
 */
export function workflowCommand(level: string, at: AnnotationPlace, message: string): string {
  const props = [
    `file=${escapeProperty(at.file)}`,
    `line=${at.line}`,
    ...(at.column ? [`col=${at.column}`] : []),
    `title=${escapeProperty(at.title)}`,
  ].join(',');
  return `::${level} ${props}::${escapeData(message)}`;
}

/** A plan check's item as an `::error` / `::warning` / `::notice` command at its line of the plan file. */
export function githubAnnotation(item: ReportItem): string {
  const where = item.path === '' ? '' : ` (at ${item.path})`;
  const fix = item.remedy === null ? '' : `\nFix: ${item.remedy}`;
  const { file, line, column } = item;
  return workflowCommand(
    item.level,
    { file, line, column, title: `${item.ruleId} ${item.title}` },
    `${item.message}${where}${fix}`,
  );
}
