import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { EditorPage } from './pages/editor-page';

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  serviceWorkers: 'block' as const,
};

test('a browser killed mid-typing loses at most about a second of edits', async ({ baseURL }) => {
  test.setTimeout(60_000);
  const profile = mkdtempSync(join(tmpdir(), 'mw-crash-'));
  try {
    const first = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    const page = first.pages()[0] ?? (await first.newPage());
    const editor = await EditorPage.startNew(page, 'blank');
    const url = page.url();
    await editor.expandDetails();
    const summary = page.getByLabel('Summary');
    await summary.click();
    // Steady typing, one key every 100 ms, for 3 s: the way a person writes.
    const text = 'abcdefghijklmnopqrstuvwxyz0123';
    for (const ch of text) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(100);
    }
    // A crash: the whole browser dies at once; no pagehide, no unload, no flush gets to run.
    // `di[r]` matches Chromium's own command line but not this shell's, which holds the brackets.
    execSync(`pkill -9 -f -- 'user-data-di[r]=${profile}' || true`);
    await first.close().catch(() => undefined);

    const second = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(url);
    const reopened = new EditorPage(again);
    await reopened.expandDetails();
    const kept = await again.getByLabel('Summary').inputValue();
    expect(text.startsWith(kept)).toBe(true);
    // 400 ms debounce plus the write itself: about a second of typing (10 keys) at most is lost.
    expect(text.length - kept.length).toBeLessThanOrEqual(10);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
