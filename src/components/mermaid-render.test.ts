import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** What the fake Mermaid saw, each call with the macrotask it ran in. */
const calls: string[] = [];
let task = 0;
let ticking: ReturnType<typeof setInterval>;

vi.mock('mermaid', () => ({
  default: {
    initialize: () => calls.push(`initialize @${task}`),
    parse: (text: string) => {
      calls.push(`parse ${text.split('\n')[0] ?? ''} @${task}`);
      return Promise.resolve(true);
    },
    render: (id: string, text: string) => {
      calls.push(`render ${text.includes('Gate: 1 check') ? 'warm-up' : text} @${task}`);
      return Promise.resolve({ svg: `<svg id="${id}"></svg>` });
    },
  },
}));

const { renderMermaidSvg } = await import('./mermaid-render');

const taskOf = (call: string) => Number(call.split('@')[1]);

describe('Mermaid loads and warms up a step per task, before the first diagram', () => {
  // Counts macrotasks: two calls made in the same task log the same number.
  beforeAll(() => {
    ticking = setInterval(() => (task += 1), 0);
  });
  afterAll(() => clearInterval(ticking));

  it('sets up, parses and draws the warm-up chart, each in a task of its own, then the diagrams', async () => {
    const [first, second] = await Promise.all([
      renderMermaidSvg('flowchart LR\n  a --> b'),
      renderMermaidSvg('gantt\n  title T'),
    ]);
    expect(first).toContain('<svg');
    expect(second).toContain('<svg');
    expect(calls.map((c) => c.split(' @')[0])).toEqual([
      'initialize',
      'parse flowchart LR',
      'render warm-up',
      'render flowchart LR\n  a --> b',
      'render gantt\n  title T',
    ]);
    const tasks = calls.map(taskOf);
    for (let i = 1; i < tasks.length; i += 1) expect(tasks[i]).toBeGreaterThan(tasks[i - 1]!);
  });

  it('loads once: a later diagram is drawn without another warm-up, and the same text only once', async () => {
    calls.length = 0;
    await renderMermaidSvg('flowchart TD\n  c --> d');
    await renderMermaidSvg('flowchart TD\n  c --> d');
    expect(calls.map((c) => c.split(' @')[0])).toEqual(['render flowchart TD\n  c --> d']);
  });
});
