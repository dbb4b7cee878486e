import type { Plan } from '../domain';
import { ponrIndex } from '../domain/point-of-no-return';
import type { Evaluation } from '../engine';
import { mermaidLabel } from './escape';
import { plural, splitIntoViews, viewTitle, type DiagramBuilder } from './mermaid-common';

type Stop =
  | { kind: 'phase'; index: number; name: string; owner: string; checks: number }
  | { kind: 'soak'; hours: number };

/** Phases and the soak in the engine's timeline order (the soak follows the last non-contract phase). */
function stopsOf(plan: Plan, evaluation: Evaluation): Stop[] {
  const phases = plan.execution.phases;
  const stops: Stop[] = [];
  let next = 0;
  for (const entry of evaluation.estimate.timeline) {
    if (entry.kind === 'soak') {
      stops.push({ kind: 'soak', hours: entry.durationHours });
      continue;
    }
    const phase = phases[next];
    if (!phase) continue;
    stops.push({
      kind: 'phase',
      index: next,
      name: phase.name,
      owner: phase.owner,
      checks: phase.integrityChecks.length,
    });
    next += 1;
  }
  return stops;
}

const PER_VIEW = 40;

export const phaseFlowDiagram: DiagramBuilder = (plan, evaluation, limits) => {
  const stops = stopsOf(plan, evaluation);
  const ponr = ponrIndex(plan);
  const approver = plan.rollback.pointOfNoReturn.approver;
  const backup = plan.rollback.procedures.backupLastResort;
  // Each stop draws at most three nodes and three edges.
  const perView = Math.max(
    1,
    Math.min(PER_VIEW, Math.floor(limits.maxNodes / 3), Math.floor(limits.maxEdges / 3)),
  );

  const views = splitIntoViews(stops.length, perView, limits.maxTextSize, (start, end, index, total) => {
    const lines: string[] = ['flowchart TD'];
    const failEdges: number[] = [];
    let edges = 0;
    const edge = (text: string, fail = false) => {
      lines.push(`  ${text}`);
      if (fail) failEdges.push(edges);
      edges += 1;
    };
    const startLabel =
      index === 0 ? 'Start: current production (safe)' : `Continued from the previous view (safe state)`;
    lines.push(`  start(["${mermaidLabel(startLabel, 120)}"])`);
    let prev = 'start';
    let lastSafe = 'start';
    let pastPonr = stops.slice(0, start).some((s) => s.kind === 'phase' && s.index >= ponr && ponr >= 0);
    for (let k = start; k < end; k += 1) {
      const stop = stops[k];
      if (!stop) continue;
      if (stop.kind === 'soak') {
        lines.push(`  soak(["${mermaidLabel(`Soak: ${stop.hours} h of monitoring`, 120)}"]):::soak`);
        edge(`${prev} --> soak`);
        edge(
          `soak -. "${mermaidLabel(pastPonr ? 'trigger fires: restore backup' : 'trigger fires: roll back')}" .-> ${pastPonr ? 'backup' : lastSafe}`,
          true,
        );
        prev = 'soak';
        if (!pastPonr) lastSafe = 'soak';
        continue;
      }
      const p = `p${stop.index}`;
      const g = `g${stop.index}`;
      if (stop.index === ponr) {
        const who = approver.trim() === '' ? 'approver not named' : `approval: ${approver}`;
        lines.push(`  ponr{{"${mermaidLabel(`POINT OF NO RETURN (${who})`, 140)}"}}:::ponr`);
        edge(`${prev} --> ponr`);
        prev = 'ponr';
        pastPonr = true;
      }
      const owner = stop.owner.trim() === '' ? '' : `<br/>${mermaidLabel(`owner: ${stop.owner}`, 60)}`;
      lines.push(
        `  ${p}["${mermaidLabel(`${stop.index + 1}. ${stop.name}`)}${owner}"]${pastPonr ? ':::danger' : ''}`,
      );
      const gate = stop.checks === 0 ? 'Gate: no checks' : `Gate: ${plural(stop.checks, 'check')}`;
      lines.push(`  ${g}{"${mermaidLabel(gate)}"}:::${stop.checks === 0 ? 'nogate' : 'gate'}`);
      edge(`${prev} --> ${p}`);
      edge(`${p} --> ${g}`);
      const failText = pastPonr ? 'fail: no rollback, restore backup' : 'fail: roll back';
      edge(`${g} -. "${mermaidLabel(failText)}" .-> ${pastPonr ? 'backup' : lastSafe}`, true);
      prev = g;
      if (!pastPonr) lastSafe = g;
    }
    const endLabel = end >= stops.length ? 'Done' : `Continues in view ${index + 2} of ${total}`;
    lines.push(`  finish(["${mermaidLabel(endLabel)}"])`);
    edge(`${prev} -->|pass| finish`);
    if (lines.some((l) => l.includes('.-> backup'))) {
      const text = backup
        ? 'Restore from the verified backup (last resort, data loss)'
        : 'No backup named as last resort';
      lines.splice(1, 0, `  backup[("${mermaidLabel(text, 120)}")]:::danger`);
    }
    lines.push(
      '  classDef gate fill:#e0f2fe,stroke:#0369a1',
      '  classDef nogate fill:#fef3c7,stroke:#b45309,stroke-width:2px',
      '  classDef soak fill:#dcfce7,stroke:#15803d',
      '  classDef ponr fill:#fee2e2,stroke:#b91c1c,stroke-width:3px,color:#7f1d1d',
      '  classDef danger fill:#fff1f2,stroke:#b91c1c',
    );
    if (failEdges.length > 0) lines.push(`  linkStyle ${failEdges.join(',')} stroke:#b91c1c,color:#b91c1c`);
    const title = viewTitle('Phase flow', index, total);
    const note = total === 1 ? null : `Steps ${start + 1} to ${end} of ${stops.length} (phases and soak).`;
    return { title, note, source: `${lines.join('\n')}\n` };
  });
  return {
    id: 'phase-flow',
    title: 'Phase flow',
    note:
      views.length > 1
        ? `The plan has ${plural(plan.execution.phases.length, 'phase')}, more than draws well at once, so the flow is split into ${views.length} views by group of phases.`
        : null,
    views,
  };
};
