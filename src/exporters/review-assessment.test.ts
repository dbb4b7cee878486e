import { describe, expect, it } from 'vitest';
import { Plan } from '../domain';
import { evaluate, type Evaluation } from '../engine';
import example from '../../public/examples/orders-bigint.json';
import { componentsHtml } from './review-assessment';
import { htmlReference as esc } from './testing/html-reference';

const now = new Date('2026-12-05T00:00:00.000Z');

/**
 * The components table written the plain way: every lookup a scan of the lists, every number through
 * toLocaleString. Slow on a big plan, but plainly what the table means.
 */
function reference(plan: Plan, e: Evaluation): string {
  const { components, dependencies } = plan.assessment;
  const nameOf = (id: string) => components.find((c) => c.id === id)?.name;
  const rows = components.map((c, i) => {
    const wave = e.waves.findIndex((w) => w.includes(c.id));
    const firstOfItsId = components.findIndex((o) => o.id === c.id) === i;
    const consumers = dependencies
      .filter((d) => d.from === c.id && nameOf(d.to) !== undefined)
      .map((d) => nameOf(d.to))
      .join(', ');
    const cells = [
      `${wave === -1 ? '—' : wave + 1}${e.cycles.some((cycle) => cycle.includes(c.id)) ? ' (in a cycle)' : ''}`,
      esc(c.name),
      esc(c.kind),
      esc(c.role),
      esc(c.ownerTeam),
      c.stateful ? 'yes' : 'no',
      c.rows.toLocaleString('en-US'),
      firstOfItsId ? esc(consumers) : '',
    ];
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });
  const head = ['Wave', 'Name', 'Kind', 'Role', 'Owner team', 'Stateful', 'Rows', 'Consumed by'];
  const dangling = dependencies
    .filter((d) => nameOf(d.from) === undefined || nameOf(d.to) === undefined)
    .map(
      (d) =>
        `<li>${esc(nameOf(d.from) ?? `unknown component "${d.from}"`)} → ${esc(nameOf(d.to) ?? `unknown component "${d.to}"`)}</li>`,
    );
  return [
    '<h3>Components</h3>',
    `<p class="muted">${components.length.toLocaleString('en-US')} components, ${dependencies.length.toLocaleString('en-US')} dependencies. A component's wave comes after the waves of every component it consumes.</p>`,
    rows.length === 0
      ? '<p class="muted">None.</p>'
      : `<table><thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    dangling.length === 0
      ? ''
      : `<p><strong>Dependencies that name a component not in the assessment:</strong></p><ul>${dangling.join('')}</ul>`,
  ].join('\n');
}

const base = Plan.parse(example);
const withComponents = (
  components: Array<Partial<Plan['assessment']['components'][number]> & { id: string; name: string }>,
  dependencies: Plan['assessment']['dependencies'],
) => Plan.parse({ ...base, assessment: { ...base.assessment, components, dependencies } });

/** Names and teams with every character HTML reads, bidi controls, a repeated id, a cycle, lost edges. */
const tricky = withComponents(
  [
    {
      id: 'db',
      name: 'orders & <items>',
      kind: 'table',
      stateful: true,
      rows: 1_234_567_890,
      ownerTeam: 'Data "core"',
    },
    { id: 'api', name: "orders-api 'v2'", kind: 'service', role: 'consumer', ownerTeam: 'A&B' },
    { id: 'cdc', name: 'cdc\u202eevil\u202c pipe', kind: 'queue', role: 'consumer', rows: 999 },
    { id: 'loop-a', name: 'loop <a>', role: 'consumer', rows: 1000 },
    { id: 'loop-b', name: 'loop "b"', role: 'consumer', rows: 12_345 },
    { id: 'api', name: 'orders-api again', role: 'consumer' },
    { id: 'lonely', name: 'lonely', role: 'consumer', rows: 0 },
  ],
  [
    { from: 'db', to: 'api' },
    { from: 'db', to: 'cdc' },
    { from: 'api', to: 'loop-a' },
    { from: 'loop-a', to: 'loop-b' },
    { from: 'loop-b', to: 'loop-a' },
    { from: 'db', to: 'gone' },
    { from: 'ghost <x>', to: 'api' },
    { from: 'cdc', to: 'api' },
  ],
);

/** A few hundred components in a tree, three consumers each, with odd names. */
const tree = withComponents(
  Array.from({ length: 400 }, (_, i) => ({
    id: `k${i}`,
    name: i % 7 === 0 ? `svc <${i}> & "q"` : `svc-${i}`,
    kind: i % 3 === 0 ? ('table' as const) : ('service' as const),
    role: i === 0 ? ('migrating' as const) : ('consumer' as const),
    ownerTeam: `team '${i % 5}'`,
    stateful: i % 3 === 0,
    rows: i % 3 === 0 ? 10_007 * i : 0,
  })),
  Array.from({ length: 399 }, (_, i) => ({ from: `k${Math.floor(i / 3)}`, to: `k${i + 1}` })),
);

describe('the review’s components table', () => {
  it.each([
    ['names and teams that need escaping, a repeated id, a cycle and lost edges', tricky],
    ['a tree of 400 components', tree],
    ['the example', base],
    ['no components at all', withComponents([], [])],
  ])('is the plain rendering, byte for byte: %s', (_what, plan) => {
    const e = evaluate(plan, { now });
    expect(componentsHtml(plan, e)).toBe(reference(plan, e));
  });

  it('covers what it claims: escaped text, a cycle, a second row of an id, an unknown component', () => {
    const out = componentsHtml(tricky, evaluate(tricky, { now }));
    expect(out).toContain('<td>orders &amp; &lt;items&gt;</td>');
    expect(out).toContain('cdc&lt;U+202E&gt;evil&lt;U+202C&gt; pipe');
    expect(out).toContain(' (in a cycle)');
    expect(out).toContain('<td>1,234,567,890</td>');
    expect(out).toContain(
      '<td>orders-api again</td><td>service</td><td>consumer</td><td></td><td>no</td><td>0</td><td></td>',
    );
    expect(out).toContain('unknown component &quot;gone&quot;');
    expect(out).toContain('unknown component &quot;ghost &lt;x&gt;&quot; → orders-api &#39;v2&#39;');
  });
});
