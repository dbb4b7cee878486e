import { Plan } from '../../domain';
import example from '../../../public/examples/orders-bigint.json';

/** Text that tries to change the structure of Markdown, Mermaid or HTML. */
export const HOSTILE = [
  '[click me](javascript:alert(1))',
  '![img](http://evil.example/x.png)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '# Heading\n## Another',
  '| a | b |\n| --- | --- |\n| 1 | 2 |',
  '**bold** _em_ ~~strike~~ `code`',
  '```\nfenced\n```',
  '1. ordered\n- bullet\n* star\n+ plus',
  '> quote\n\n===\n---\n    indented code',
  'www.evil.example https://evil.example a@b.example mailto:a@b.example',
  '&lt;b&gt; &amp; &#60;script&#62; $x^2$ [^1] <!-- c -->',
  '"]; click A call alert(1)\nclick B href "javascript:alert(1)"',
  '%%{init: {"securityLevel": "loose", "theme": "dark"}}%%',
  'A["x"] --> B{{y}} --> C(((z))) ; end ; subgraph S',
  '#quot; #35; \\ trailing backslash \\',
  'line\u2028separator\u0085next\r\ncarriage',
  'section Evil\ndateFormat YYYY\ntitle x :crit, a1, 2020-01-01, 1d',
];

/** The example plan with every free-text field replaced by `text`. */
export function planWithText(text: string): Plan {
  const p = Plan.parse(example);
  const t = (max = 500) => text.slice(0, max);
  return Plan.parse({
    ...p,
    title: t(),
    summary: text,
    owners: [t(), t()],
    assessment: {
      ...p.assessment,
      components: p.assessment.components.map((c) => ({ ...c, name: t(), ownerTeam: t() })),
      downtime: { ...p.assessment.downtime, agreedBy: t() },
      notes: text,
      schemaChange: { ...p.assessment.schemaChange, description: text, forwardSql: text },
    },
    strategy: {
      ...p.strategy,
      justification: text,
      rationale: text,
      adr: {
        ...p.strategy.adr,
        context: text,
        decision: text,
        consequences: text,
        alternatives: text,
        deciders: t(),
      },
    },
    rollback: {
      ...p.rollback,
      triggers: p.rollback.triggers.map((x) => ({ ...x, description: t(), unit: t() })),
      procedures: { ...p.rollback.procedures, database: text, services: text, data: text, rollbackSql: text },
      tests: p.rollback.tests.map((x) => ({ ...x, environment: t(), notes: text })),
      pointOfNoReturn: { ...p.rollback.pointOfNoReturn, approver: t(), description: text },
    },
    execution: {
      ...p.execution,
      coordinator: t(),
      checklist: p.execution.checklist.map((c) => ({ ...c, label: t(), verifiedBy: t() })),
      phases: p.execution.phases.map((ph) => ({
        ...ph,
        name: t(),
        owner: t(),
        verification: text,
        steps: ph.steps.map((s) => ({ ...s, text, sql: text })),
        integrityChecks: ph.integrityChecks.map((c) => ({
          ...c,
          target: t(),
          checksumTarget: t(),
          constraint: t(),
        })),
      })),
    },
  });
}
