import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { html as h } from './escape';
import { windowText } from './labels';
import { formatCount } from './numbers';
import { para, row, table, yesNo } from './review-parts';

/**
 * The components once each, by name: their wave (the order the engine migrates and notifies in) and
 * the components that consume them. A dependency list of ids, or one block per component, says the
 * same thing many times over on a plan of thousands of components.
 */
export function componentsHtml(plan: Plan, e: Evaluation): string {
  const components = plan.assessment.components;
  const nameOf = new Map<string, string>();
  for (const c of components) if (!nameOf.has(c.id)) nameOf.set(c.id, c.name);
  const waveOf = new Map<string, number>();
  e.waves.forEach((wave, w) => {
    for (const id of wave) if (!waveOf.has(id)) waveOf.set(id, w + 1);
  });
  const inCycle = new Set(e.cycles.flat());
  const consumers = new Map<string, string[]>();
  const dangling: string[] = [];
  for (const d of plan.assessment.dependencies) {
    const from = nameOf.get(d.from);
    const to = nameOf.get(d.to);
    if (from === undefined || to === undefined) {
      // No name to give: the id is all the plan says about it.
      dangling.push(
        `<li>${h(from ?? `unknown component "${d.from}"`)} → ${h(to ?? `unknown component "${d.to}"`)}</li>`,
      );
      continue;
    }
    const list = consumers.get(d.from) ?? [];
    list.push(to);
    consumers.set(d.from, list);
  }
  const seen = new Set<string>();
  const rows = components.map((c) => {
    // A repeated id shares its first component's edges; list them once.
    const first = !seen.has(c.id);
    seen.add(c.id);
    const wave = waveOf.get(c.id);
    return row([
      `${wave === undefined ? '—' : wave}${inCycle.has(c.id) ? ' (in a cycle)' : ''}`,
      h(c.name),
      h(c.kind),
      h(c.role),
      h(c.ownerTeam),
      yesNo(c.stateful),
      formatCount(c.rows),
      first ? h((consumers.get(c.id) ?? []).join(', ')) : '',
    ]);
  });
  return [
    '<h3>Components</h3>',
    `<p class="muted">${formatCount(components.length)} components, ${formatCount(plan.assessment.dependencies.length)} dependencies. A component's wave comes after the waves of every component it consumes.</p>`,
    table(['Wave', 'Name', 'Kind', 'Role', 'Owner team', 'Stateful', 'Rows', 'Consumed by'], rows),
    dangling.length === 0
      ? ''
      : `<p><strong>Dependencies that name a component not in the assessment:</strong></p><ul>${dangling.join('')}</ul>`,
  ].join('\n');
}

/** The schema change: its description, its forward SQL, and "not written yet" only when neither is. */
function schemaChangeHtml(plan: Plan): string {
  const { description, forwardSql } = plan.assessment.schemaChange;
  const parts = ['<h3>Schema change</h3>'];
  if (description.trim() !== '') parts.push(para(description));
  if (forwardSql.trim() !== '')
    parts.push('<p><strong>Forward migration (SQL).</strong></p>', `<pre>${h(forwardSql)}</pre>`);
  if (parts.length === 1) parts.push('<p class="muted">Not written yet.</p>');
  return parts.join('\n');
}

export function assessmentHtml(plan: Plan, e: Evaluation): string {
  const a = plan.assessment;
  return [
    '<h2 id="assessment">Assessment</h2>',
    `<p>Scope: ${h(a.scope.join(', ') || 'not set')}. Downtime tolerance: ${h(a.downtime.kind)}${a.downtime.agreedBy ? ` (agreed by ${h(a.downtime.agreedBy)})` : ''}. Window: ${h(windowText(plan))}.</p>`,
    `<p>Estimate: ${formatCount(e.estimate.totalRows)} rows; copy time ${e.estimate.durationHours === null ? 'unknown (throughput not measured)' : `${e.estimate.durationHours.toFixed(1)} h`}; fits the window: ${e.estimate.fitsWindow === null ? 'unknown' : e.estimate.fitsWindow ? 'yes' : 'no'}.</p>`,
    componentsHtml(plan, e),
    schemaChangeHtml(plan),
    a.notes.trim() === '' ? '' : `<h3>Notes</h3>${para(a.notes)}`,
  ].join('\n');
}
