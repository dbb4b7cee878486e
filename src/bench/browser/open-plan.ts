import type { Page } from '@playwright/test';

/**
 * Opening a big plan on its Assessment step, three ways a person does it:
 * - `fresh`: a new tab on the plan's address (from about:blank), the usual way in from a link;
 * - `reload`: the same address reloaded, which also pays for taking down the page already there;
 * - `fromList`: a click on the plan in the drafts list, the app already running.
 * Each is stamped in the page, from its start (the navigation's, or the click's event time) to the
 * end of the frame that paints the components table's first row, and, for the two page loads, to the
 * frame that paints the verdict with every SQL fact in. Stamping from the bench instead would add
 * Playwright's polling, which backs off to 500 ms between looks.
 *
 * Each page is left once it has settled (SETTLE_MS after its verdict), as a person leaves a plan they
 * have read. A page left sooner has not finished what follows an open (the hidden steps are drawn about
 * a second after the verdict), and the next open pays for finishing and tearing that down: on two cores
 * a reload 1.5 s after the verdict took about 40 ms longer than one 2.5 s after it. `reloadBusy` is that
 * case, kept apart: a reload right after the verdict is painted.
 */
export type OpenTimes = {
  fresh: number[];
  reload: number[];
  fromList: number[];
  verdict: number[];
  reloadBusy: number[];
};

/** From the verdict to a settled page, on two cores: leaving 5 s after it gave the same figures. */
export const SETTLE_MS = 2500;

type Stamps = { __opened?: number; __verdict?: number; __openStart?: number };

/**
 * The in-page stamps, added as an init script: armed at load on the plan's address, or by a click on
 * it. No named functions inside: the bench's TypeScript loader would wrap them in a helper the page
 * does not have.
 */
export function openStampsInit(planPath: string): void {
  const w = window as unknown as Stamps & { __arm: (start: number) => void };
  w.__arm = (start: number) => {
    w.__openStart = start;
    w.__opened = undefined;
    w.__verdict = undefined;
    const observer = new MutationObserver(() => {
      const row = document.querySelector('input[aria-label="Rows in component-0"]');
      if (w.__opened === undefined && row?.checkVisibility()) {
        w.__opened = 0;
        requestAnimationFrame(() => setTimeout(() => (w.__opened = performance.now() - start), 0));
      }
      if (w.__verdict === undefined && document.querySelector('.evaluation .verdict:not(.verdict-pending)')) {
        w.__verdict = 0;
        requestAnimationFrame(() => setTimeout(() => (w.__verdict = performance.now() - start), 0));
      }
      if (w.__opened !== undefined && w.__verdict !== undefined) observer.disconnect();
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden'],
    });
  };
  if (location.pathname.startsWith(planPath)) w.__arm(0);
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      if (link?.getAttribute('href')?.startsWith(planPath)) w.__arm(event.timeStamp);
    },
    true,
  );
}

const read = (page: Page, key: '__opened' | '__verdict') =>
  page
    .waitForFunction((k) => (window as unknown as Stamps)[k], key)
    .then((h) => h.jsonValue() as Promise<number>);

export async function measureOpen(
  page: Page,
  base: string,
  plan: { id: string; title: string },
  loads: number,
): Promise<OpenTimes> {
  const url = `${base}/plans/${plan.id}/assessment`;
  const times: OpenTimes = { fresh: [], reload: [], fromList: [], verdict: [], reloadBusy: [] };
  const settle = () => page.waitForTimeout(SETTLE_MS);
  for (let i = 0; i < loads; i += 1) {
    await page.goto('about:blank');
    await page.goto(url);
    times.fresh.push(await read(page, '__opened'));
    times.verdict.push(await read(page, '__verdict'));
    await settle();
    await page.reload();
    times.reload.push(await read(page, '__opened'));
    await read(page, '__verdict');
    await page.reload();
    times.reloadBusy.push(await read(page, '__opened'));
    await read(page, '__verdict');
    await settle();

    await page.goto(`${base}/`);
    await page.getByLabel('Filter drafts').fill(plan.title);
    const link = page.getByRole('link', { name: plan.title, exact: true });
    await link.waitFor();
    // Idle first, as a person would be when clicking: the list's own work is not counted.
    await page.waitForTimeout(300);
    await link.click();
    times.fromList.push(await read(page, '__opened'));
    await read(page, '__verdict');
    await settle();
  }
  return times;
}
