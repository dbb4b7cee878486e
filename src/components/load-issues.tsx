import type { LoadIssue } from '../domain';

/** What a refused plan file or link got wrong, field by field: the first ten, each with its path. */
export function LoadIssues({ issues, min = 1 }: { issues: readonly LoadIssue[]; min?: number }) {
  if (issues.length < min) return null;
  return (
    <ul>
      {issues.slice(0, 10).map((issue) => (
        <li key={`${issue.path}:${issue.message}`}>
          <code>{issue.path}</code>: {issue.message}
        </li>
      ))}
    </ul>
  );
}
