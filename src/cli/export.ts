import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { exportAdr } from '../exporters/adr';
import { buildDiagrams, type Diagram, type DiagramId } from '../exporters/diagrams';
import { mdInline } from '../exporters/escape';
import { exportPlanJson } from '../exporters/plan-json';
import { exportReviewHtml } from '../exporters/review-html';
import { exportRollbackPlanJson } from '../exporters/rollback-json';
import { exportRunbook } from '../exporters/runbook';
import { EXIT_INVALID, EXIT_READY, type CliIo, type Command } from './cli-io';
import { EVALUATING_OPTIONS, evaluationOptions, stringOption } from './options';
import { evaluatePlan, readPlanFile, writeOutput } from './plan-file';
import { commandArgs, usageError } from './usage';

const KINDS = ['runbook', 'adr', 'html', 'plan-json', 'rollback-json', 'mermaid'] as const;
type Kind = (typeof KINDS)[number];
const isKind = (value: string): value is Kind => KINDS.some((k) => k === value);
const DIAGRAM_IDS: readonly DiagramId[] = ['phase-flow', 'timeline', 'dependencies'];

const USAGE = `Usage: npm run plan -- export <kind> <plan.json> [-o <file>]

Writes one of the Outputs step's documents, built by the same exporters as the app:
  runbook         Step-by-step runbook in GitHub Markdown (checklist, phases, gates, rollback).
  adr             The strategy decision as an ADR (MADR Markdown).
  html            The self-contained review document; diagrams are included as Mermaid source
                  (the app draws them as SVG).
  plan-json       The plan itself after the load pipeline: upgraded, validated, defaults filled.
  rollback-json   The rollback plan: triggers, procedures, tests and the point of no return.
  mermaid         The three diagrams as Markdown with mermaid code blocks (GitHub draws them);
                  --diagram <id> prints one diagram's Mermaid source alone.
Exit 0 when written (whatever the plan's readiness), 2 when the file is not a valid plan or
the output cannot be written.

Options:
  -o, --output <f>   Write to a file instead of stdout.
  --diagram <id>     mermaid only: phase-flow, timeline or dependencies.
  --view <n>         mermaid --diagram only: the n-th view of a diagram that large plans split (default 1).
  --now <ISO time>   Generation time and the time the plan is evaluated as of (default: now).
  --no-sql           Skip the SQL parser; the engine falls back to its DROP/TRUNCATE scan.`;

/** Every view of every diagram as Markdown: headings, notes, and a mermaid block each. */
export function diagramsMarkdown(plan: Plan, diagrams: readonly Diagram[]): string {
  const out = [`# Diagrams: ${mdInline(plan.title)}`, ''];
  for (const d of diagrams) {
    out.push(`## ${d.title}`, '');
    if (d.note) out.push(`_${mdInline(d.note)}_`, '');
    for (const view of d.views) {
      if (d.views.length > 1) out.push(`### ${mdInline(view.title)}`, '');
      if (view.note) out.push(`_${mdInline(view.note)}_`, '');
      out.push('```mermaid', view.source.replace(/\n+$/, ''), '```', '');
    }
  }
  return out.join('\n');
}

type Built = { text: string } | { error: string };

function mermaid(plan: Plan, e: Evaluation, diagramId: string | null, viewText: string | null): Built {
  const diagrams = buildDiagrams(plan, e);
  if (diagramId === null) {
    if (viewText !== null) return { error: '--view needs --diagram <id>.' };
    return { text: diagramsMarkdown(plan, diagrams) };
  }
  const diagram = diagrams.find((d) => d.id === diagramId);
  if (!diagram) return { error: `Unknown diagram "${diagramId}"; use ${DIAGRAM_IDS.join(', ')}.` };
  const n = viewText === null ? 1 : Number(viewText);
  const view = Number.isInteger(n) ? diagram.views[n - 1] : undefined;
  if (!view)
    return { error: `--view must be a whole number from 1 to ${diagram.views.length} for ${diagramId}.` };
  return { text: `${view.source.replace(/\n+$/, '')}\n` };
}

/** The plan JSON and the rollback plan need no evaluation, so they skip the SQL parser's start-up. */
async function build(
  kind: Kind,
  plan: Plan,
  evaluation: () => Promise<Evaluation>,
  now: Date,
  flags: { diagram: string | null; view: string | null },
): Promise<Built> {
  switch (kind) {
    case 'plan-json':
      return { text: exportPlanJson(plan) };
    case 'rollback-json':
      return { text: exportRollbackPlanJson(plan, { now }) };
    case 'runbook':
      return { text: exportRunbook(plan, await evaluation(), { now }) };
    case 'adr':
      return { text: exportAdr(plan, await evaluation(), { now }) };
    case 'html': {
      const e = await evaluation();
      return { text: exportReviewHtml(plan, e, { now, diagrams: buildDiagrams(plan, e), svgs: {} }) };
    }
    case 'mermaid':
      return mermaid(plan, await evaluation(), flags.diagram, flags.view);
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const args = commandArgs(
    io,
    argv,
    { ...EVALUATING_OPTIONS, diagram: { type: 'string' }, view: { type: 'string' } },
    USAGE,
  );
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const [kind, path, extra] = positionals;
  if (kind === undefined) return usageError(io, `Missing kind: one of ${KINDS.join(', ')}.`, USAGE);
  if (!isKind(kind)) return usageError(io, `Unknown kind "${kind}"; use ${KINDS.join(', ')}.`, USAGE);
  if (path === undefined) return usageError(io, `Missing plan file: export ${kind} <plan.json>.`, USAGE);
  if (extra !== undefined) return usageError(io, `Unexpected argument "${extra}".`, USAGE);
  const diagram = stringOption(values, 'diagram');
  const view = stringOption(values, 'view');
  if (kind !== 'mermaid' && (diagram !== null || view !== null))
    return usageError(io, '--diagram and --view apply to export mermaid only.', USAGE);
  const options = evaluationOptions(values, io.now);
  if ('error' in options) return usageError(io, options.error, USAGE);
  const file = readPlanFile(io, path);
  if (!file) return EXIT_INVALID;
  const built = await build(kind, file.plan, () => evaluatePlan(io, file.plan, options), options.now, {
    diagram,
    view,
  });
  if ('error' in built) return usageError(io, built.error, USAGE);
  return writeOutput(io, stringOption(values, 'output'), built.text, `the ${kind}`)
    ? EXIT_READY
    : EXIT_INVALID;
}

export const exportCommand: Command = {
  name: 'export',
  synopsis: `export <kind> <file> Write a document: ${KINDS.join(', ')}.`,
  usage: USAGE,
  run,
};
