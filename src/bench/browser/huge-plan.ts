import type { Page } from '@playwright/test';
import type { Plan } from '../../domain';
import { bigPlan } from './big-plan';
import { BASE, ms, settle } from './harness';

/**
 * The largest plan the app is held to: 10,000 components and 500 phases, one SQL statement per phase.
 * For each step it measures the longest main-thread task (the Long Tasks API, every task over 50 ms)
 * while the step opens from a fresh load and settles, and while a person then types into the plan's
 * title and the other steps catch up. Target: no task over 200 ms anywhere.
 */
export const HUGE_ID = 'huge-10k';
const STEPS = ['assessment', 'strategy', 'rollback', 'execution', 'outputs'] as const;

export function hugePlan(): Plan {
  const plan = bigPlan(HUGE_ID, 10_000, 500);
  const phases = plan.execution.phases.map((phase, i) => ({
    ...phase,
    steps: [
      {
        id: `sql-${i}`,
        text: `Backfill slice ${i + 1}.`,
        sql: `UPDATE orders SET id_new = id WHERE id BETWEEN ${i * 1_000_000} AND ${(i + 1) * 1_000_000 - 1};`,
      },
    ],
  }));
  return { ...plan, execution: { ...plan.execution, phases } };
}

/** Installed before the app's scripts: every long task of the page, kept in the page. */
export const LONG_TASKS_INIT = () => {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__long.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** A huge plan's steps take long to settle: three quiet periods in a row, at most 400 polls 100 ms apart. */
const SETTLED = { quiet: 3, maxPolls: 400, idleTimeoutMs: 2000, gapMs: 100 };

const takeLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    const out = w.__long;
    w.__long = [];
    return out;
  });

const longest = (tasks: number[]) => (tasks.length === 0 ? 0 : Math.max(...tasks));

export async function measureHugePlan(page: Page): Promise<void> {
  console.log('  plan with 10,000 components, 500 phases, one SQL statement per phase: longest task');
  for (const step of STEPS) {
    await page.goto(`${BASE}/plans/${HUGE_ID}/${step}`);
    await page.locator(`.step-pane[data-step="${step}"]`).waitFor({ state: 'visible', timeout: 120_000 });
    await settle(page, SETTLED);
    const open = await takeLongTasks(page);
    const title = page.getByLabel('Title', { exact: true });
    if (!(await title.isVisible())) await page.locator('details.plan-details summary').click();
    await title.press('End');
    for (const key of ' edit') {
      await title.press(key === ' ' ? 'Space' : key);
      await page.waitForTimeout(60);
    }
    await settle(page, SETTLED);
    const edit = await takeLongTasks(page);
    const over = [...open, ...edit].filter((t) => t > 200).length;
    console.log(
      `    ${step.padEnd(10)} open: longest ${ms(longest(open))} (${open.length} over 50 ms); typing and catch-up: longest ${ms(longest(edit))} (${edit.length} over 50 ms); over 200 ms: ${over} (target 0)`,
    );
  }
}
