import { expect, test } from '@playwright/test';
import { DraftsPage } from './pages/drafts-page';
import { EditorPage, STEP_LABELS } from './pages/editor-page';

test('the app talks to no origin but its own, and its CSP forbids inline script', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const drafts = new DraftsPage(page);
  const editor = new EditorPage(page);
  await drafts.goto();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("connect-src 'self'");
  await drafts.createFromExample();
  for (const label of STEP_LABELS) await editor.openStep(label);
  // Every screen, Mermaid diagrams included, works under the policy without a single violation.
  await editor.openStep('Outputs');
  await expect(page.locator('svg[id^="mermaid"], .mermaid svg, figure svg').first()).toBeVisible({
    timeout: 15_000,
  });
  expect(errors).toEqual([]);
  await page.getByRole('link', { name: 'Migration day' }).click();
  // An inline script injected at run time is refused by the CSP.
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inline?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return w.__inline === true;
  });
  expect(ran).toBe(false);
  expect(foreign).toEqual([]);
  expect(errors.every((e) => /Content Security Policy/.test(e))).toBe(true);
});
