import { readFileSync, writeFileSync } from 'node:fs';
import { xxhash64 } from 'hash-wasm';
import { expect, test, type Page } from '@playwright/test';
import { EditorPage } from './pages/editor-page';
import { csv, ExportCheckPage } from './pages/export-check-page';

const FIXTURES = 'e2e/fixtures/export-check';
const fixture = (name: string) => `${FIXTURES}/${name}`;

/**
 * Puts the draft's run into phase 1, running, straight in IndexedDB (as src/bench/browser/harness.ts seeds drafts):
 * the run view's own journey is e2e/run.spec.ts; this spec is about the export check inside a phase.
 */
async function seedRunningPhase(page: Page, id: string) {
  await page.evaluate(async (draftId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('migration-workbench');
      open.onerror = () => reject(new Error(String(open.error)));
      open.onsuccess = () => resolve(open.result);
    });
    // Dexie v2 keeps the list row in `drafts` and the plan in `planBodies`: both change in one transaction.
    const tx = db.transaction(['drafts', 'planBodies'], 'readwrite');
    const summaries = tx.objectStore('drafts');
    const bodies = tx.objectStore('planBodies');
    const read = <T>(request: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => resolve(request.result as T);
      });
    const summary = await read<{ revision: number }>(summaries.get(draftId));
    const record = await read<{ plan: Record<string, unknown> }>(bodies.get(draftId));
    const plan = record.plan as { execution: { phases: { id: string }[] }; run?: Record<string, unknown> };
    const at = '2026-11-25T08:00:00.000Z';
    plan.run = {
      ...(plan.run ?? {}),
      status: 'running',
      operator: 'E2E operator',
      startedAt: at,
      phases: plan.execution.phases.map((p, i) => ({
        phaseId: p.id,
        status: i === 0 ? 'running' : 'pending',
        startedAt: i === 0 ? at : null,
        completedAt: null,
        checks: [],
        pointOfNoReturnApprovedBy: '',
        pointOfNoReturnApprovedAt: null,
      })),
    };
    bodies.put({ ...record, plan });
    summaries.put({ ...summary, revision: summary.revision + 1 });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, id);
}

/** The example plan, its first phase running, and the export check of its row-count check open. */
async function openPanel(page: Page): Promise<ExportCheckPage> {
  await EditorPage.startNew(page, 'example');
  const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
  await seedRunningPhase(page, id);
  await page.goto(`/plans/${encodeURIComponent(id)}/run`);
  const phase = page.getByRole('listitem', { name: /^Phase 1: .*running$/ });
  await phase.getByRole('button', { name: 'Check from CSV exports…' }).first().click();
  const check = new ExportCheckPage(page);
  await expect(check.panel).toBeVisible();
  return check;
}

test('a CSV pair with planted differences: counts, samples, normalisation, and the phase record', async ({
  page,
}) => {
  const check = await openPanel(page);
  await expect(check.runButton).toBeDisabled();
  await check.pickSource(fixture('source.csv'));
  await check.pickTarget(fixture('target.csv'));
  await expect.poll(() => check.shownFile('Source export')).toBe('source.csv');
  await expect.poll(() => check.shownFile('Target export')).toBe('target.csv');
  // The key column is offered from the header, never typed.
  await expect(check.panel.getByLabel('Key column', { exact: true }).locator('option')).toHaveText([
    'id',
    'name',
    'amount',
    'note',
  ]);
  await check.chooseKey('id');
  await check.addReferential(fixture('order-items.csv'), 'order_id', fixture('source.csv'), 'id');
  await check.run();

  await expect(check.result).toBeVisible();
  await expect(check.result.getByRole('heading')).toContainText('differences found');
  await expect(check.result).toContainText('source 6, target 7');
  // The worker loaded the WebAssembly fast path from the built app (a failed load would fall back quietly).
  await expect(check.result).toContainText('rows read with WebAssembly');
  // The source is in key order, but the target holds key 6 twice: the one pass cannot report that, so the
  // key log read both files again (the counts below are the key log's).
  await expect(check.result).toContainText(
    'Key diff in a second pass with the key log: a key is duplicated.',
  );
  // Reordered rows, CRLF and the quoted "has, comma\nand newline" field are equal once normalised: only the
  // planted keys show up.
  await check.expectFinding('Missing in target', 1, '4');
  await check.expectFinding('Extra in target', 1, '7');
  await check.expectFinding('Changed', 1, '5');
  await check.expectFinding('Duplicated in source', 0);
  await check.expectFinding('Duplicated in target', 1, '6');
  await check.expectFinding('Orphan rows', 2, '9');
  await check.expectFinding('Empty or NULL foreign keys', 1);
  // The whole-file digest is xxh64 of the bytes as exported: the pair differs, and the source's digest is the
  // one any xxh64 tool prints for that file.
  await expect(check.fact('Files identical byte for byte')).toHaveText('no');
  const sourceDigest = await xxhash64(readFileSync(fixture('source.csv')));
  await expect(check.result.getByRole('row', { name: /^Source/ })).toContainText(sourceDigest);
  const shot = process.env.EXPORT_CHECK_SCREENSHOT;
  if (shot) await check.panel.screenshot({ path: shot });

  await check.panel.getByRole('button', { name: 'Use as the result of check orders' }).click();
  await expect(check.panel.getByRole('status').filter({ hasText: 'Recorded' })).toHaveText(
    'Recorded as the result of check orders: failed.',
  );

  // Raw bytes keep the CRLF inside the quoted field, so key 2 now differs too.
  await check.chooseMode('Raw bytes (faster)');
  await check.run();
  await check.expectCount('Changed', 2);

  // A file checked against itself is identical byte for byte.
  await check.pickTarget(fixture('source.csv'));
  // The result on screen is still the old target's: it says so, and it cannot be recorded for this phase.
  const record = check.panel.getByRole('button', { name: 'Use as the result of check orders' });
  await expect(record).toBeDisabled();
  await expect(record).toHaveAccessibleDescription(
    'This result is for the inputs as they were when it ran (source "source.csv", target "target.csv"); ' +
      'you have changed them since. Run the check again to record a result.',
  );
  await check.chooseKey('id');
  await check.run();
  await expect(record).toBeEnabled();
  await expect(check.fact('Files identical byte for byte')).toHaveText('yes');
  await expect(check.result).toContainText('Key diff in one pass: the source export is in key order.');
});

test('a long check shows bytes and time left, and Cancel stops it and keeps the files', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  // ~120 MB, so the check runs long enough to be cancelled; a repeated block is quick to write, and
  // duplicated keys do not matter here.
  const block: string[] = [];
  for (let i = 0; i < 10_000; i++)
    block.push(`${i},${i % 9973},Name ${i},user${i}@example.com,${i % 1000},paid\n`);
  const big = testInfo.outputPath('big.csv');
  writeFileSync(big, 'id,customer_id,name,email,amount,status\n' + block.join('').repeat(250));

  const check = await openPanel(page);
  await check.pickSource(big);
  await check.pickTarget(big);
  await check.run();
  await expect(check.progress).toBeVisible();
  await expect(check.progress).toHaveAttribute('aria-valuemin', '0');
  await expect(check.progress).toHaveAttribute('aria-valuemax', '100');
  await expect(check.progress).toHaveAttribute('aria-valuetext', /MB of .* MB read/);
  await check.panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(check.panel.getByRole('status').filter({ hasText: 'cancelled' })).toBeVisible();
  await expect(check.progress).toHaveCount(0);
  await expect(check.result).toHaveCount(0);
  await expect(check.panel.getByText('big.csv: ').first()).toBeVisible();
  await expect(check.runButton).toBeEnabled();
});

test('bad input is refused with the file and the problem named, and nothing already picked is lost', async ({
  page,
}) => {
  const check = await openPanel(page);
  await check.pickSource(fixture('source.csv'));
  await check.pickSource(fixture('duplicate-header.csv'));
  const alert = check.panel.getByRole('alert').filter({ hasText: '"duplicate-header.csv"' });
  await expect(alert).toContainText('names column "id" twice (positions 1 and 3)');
  await expect(alert).toContainText(
    'The check will not use the previous file, "source.csv", unless you take it back.',
  );
  // The input shows the refused file, which the message names; the accepted one is one click away.
  await expect.poll(() => check.shownFile('Source export')).toBe('duplicate-header.csv');
  await check.panel.getByRole('button', { name: 'Use “source.csv” again' }).click();
  await expect.poll(() => check.shownFile('Source export')).toBe('source.csv');

  await check.pickTarget({
    name: 'orders.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('PK'),
  });
  await expect(check.panel.getByRole('alert').filter({ hasText: 'orders.xlsx' })).toContainText(
    'is not a CSV file',
  );

  // A target without the key column: the message names the file and lists its columns.
  await check.pickTarget(fixture('order-items.csv'));
  await expect(check.panel.getByRole('alert').filter({ hasText: 'has no column' })).toHaveText(
    'The target export "order-items.csv" has no column "id"; its columns are "order_id", "sku".',
  );
  // It is said at the target's slot; the disabled button points there.
  await expect(check.panel.getByLabel('Target export', { exact: true })).toHaveAccessibleDescription(
    /has no column "id"; its columns are "order_id", "sku"\.$/,
  );
  await expect(check.runButton).toBeDisabled();
  await expect(check.runButton).toHaveAccessibleDescription(
    /^The target export does not fit the key column: pick another target or key column \(see above\)\./,
  );
  await check.pickTarget(fixture('target.csv'));
  await expect(check.runButton).toBeEnabled();
});

test('an export dropped on its slot is taken like a picked one, and the input shows it', async ({ page }) => {
  const check = await openPanel(page);
  await check.pickSource(fixture('source.csv'));
  await check.drop('Target export', 'dropped.csv', 'id,name\n1,a\n');
  await expect(check.panel.getByText('dropped.csv: 12 B, 2 columns')).toBeVisible();
  await expect.poll(() => check.shownFile('Target export')).toBe('dropped.csv');
  // A refused drop is shown in the input too, and the file before it is kept to take back.
  await check.drop('Target export', 'empty.csv', '');
  await expect(check.panel.getByRole('alert').filter({ hasText: 'empty.csv' })).toContainText(
    'The check will not use the previous file, "dropped.csv", unless you take it back.',
  );
  await expect.poll(() => check.shownFile('Target export')).toBe('empty.csv');
});

test('headers renamed or in another order are differences, never "the exports match"', async ({ page }) => {
  const check = await openPanel(page);
  const reasons = check.result.getByRole('list', { name: 'Why the exports do not match' });
  await check.pickSource(csv('source.csv', 'id,name,email\n1,Ann,a@x\n2,Bo,b@x\n'));
  // Same rows, a column renamed: every row hashes the same, so counts and checksums agree.
  await check.pickTarget(csv('renamed.csv', 'id,full_name,email\n1,Ann,a@x\n2,Bo,b@x\n'));
  await check.run();
  await expect(check.fact('Checksum match')).toHaveText('yes');
  await expect(check.fact('Headers match')).toHaveText('no');
  await expect(check.result.getByRole('heading')).toHaveText('Result: differences found');
  await expect(reasons).toHaveText(
    'The headers differ: only the source has "name"; only the target has "full_name".',
  );
  await check.panel.getByRole('button', { name: 'Use as the result of check orders' }).click();
  await expect(check.panel.getByRole('status').filter({ hasText: 'Recorded' })).toHaveText(
    'Recorded as the result of check orders: failed.',
  );
  // The names swapped over the values: the email column is now called name.
  await check.pickTarget(csv('reordered.csv', 'id,email,name\n1,Ann,a@x\n2,Bo,b@x\n'));
  await check.run();
  await expect(check.result.getByRole('heading')).toHaveText('Result: differences found');
  await expect(reasons).toContainText('The headers name the same columns in another order');
});

test('a refused re-pick leaves no file to check: the old result cannot be recorded, the old file is one click away', async ({
  page,
}) => {
  const check = await openPanel(page);
  const record = check.panel.getByRole('button', { name: 'Use as the result of check orders' });
  await check.pickSource(csv('source.csv', 'id,v\n1,a\n'));
  await check.pickTarget(csv('target.csv', 'id,v\n1,a\n'));
  await check.run();
  await expect(check.result.getByRole('heading')).toHaveText('Result: the exports match');
  await expect(record).toBeEnabled();

  // The person meant another target; it is empty and refused. Nothing may now pass as its check.
  await check.pickTarget(csv('target-new.csv', ''));
  await expect(check.panel.getByRole('alert').filter({ hasText: 'target-new.csv' })).toContainText(
    'is empty',
  );
  await expect(check.runButton).toBeDisabled();
  await expect(check.runButton).toHaveAccessibleDescription(
    'The file picked as the target export was refused: pick another, or take the previous one back (see above).',
  );
  await expect(record).toBeDisabled();
  await expect(record).toHaveAccessibleDescription(/you have changed them since/);

  // The same for a UTF-16 source (a spreadsheet's "Unicode text").
  await check.pickSource({
    name: 'source-utf16.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,v\n1,a\n', 'utf16le')]),
  });
  await expect(check.panel.getByRole('alert').filter({ hasText: 'source-utf16.csv' })).toContainText(
    'is UTF-16',
  );
  await expect(check.runButton).toBeDisabled();

  // Taking both previous files back makes the result theirs again.
  await check.panel.getByRole('button', { name: 'Use “source.csv” again' }).click();
  await check.panel.getByRole('button', { name: 'Use “target.csv” again' }).click();
  await expect(check.runButton).toBeEnabled();
  await expect(record).toBeEnabled();
});
