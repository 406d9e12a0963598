import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../src/shared/i18n';
import type { MessageKey } from '../../src/shared/i18n';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes, themeSettled } from './screens';

/**
 * Attachments through the real UI, router, download manager and devin-sim:
 * - a finished session's files: Download all → live progress (one file is cut mid-way, then the
 *   server asks to wait: it sits at its partial bytes in "Retrying") → Cancel → Retry → every
 *   file on disk with the sim's SHA-256, in the download root set in the settings; Open refuses a
 *   script and reveals it instead; a saved file deleted by the user is reported on Open, and
 *   Download again brings it back;
 * - auto-download: a watched session that finishes in the sim gets its files saved without a click;
 * - a reply with a chosen file and a dropped one: both uploaded, the sim links them to the session.
 * Screenshots (light/dark × en/zh-CN) of the panel while downloading, when done, with a missing
 * file, and the reply.
 */

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const require = createRequire(__filename);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');


/** Opens the session from the list; returns its detail pane. */
async function openSession(page: Page, title: string): Promise<Locator> {
  await page.getByRole('treeitem', { name: new RegExp(title) }).click();
  const detail = page.getByRole('article', { name: title });
  await expect(detail).toBeVisible();
  return detail;
}

/** No serious or critical axe violations inside `selector`, in light and dark. */
async function expectAccessible(page: Page, selector: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await themeSettled(page); // measure contrast after the fade between themes
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (sel) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const r = await axe.run({ include: [[sel]] }, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, where: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`) }));
    }, selector);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), `${scheme}: ${JSON.stringify(violations)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The download route of an attachment on the sim (what the app asks, with the key). */
function routeOf(h: Harness, a: { attachment_id: string; name: string }): string {
  return `${h.sim.baseUrl}/v3/organizations/org-sim/attachments/${a.attachment_id}/${encodeURIComponent(a.name)}`;
}

/**
 * Every file came the documented way: the key to the org route, which answered 307; the
 * presigned storage URL fetched without credentials; the web-app links never fetched at all.
 */
function expectDocumentedRoute(h: Harness, files: { attachment_id: string; name: string }[]): void {
  const routeHits = h.sim.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/attachments/:id/:name');
  for (const a of files) {
    const mine = routeHits.filter((r) => r.path === new URL(routeOf(h, a)).pathname);
    expect(mine.length, a.name).toBeGreaterThan(0);
    expect(mine.every((r) => r.hadAuth && r.status === 307), a.name).toBe(true);
    expect(h.sim.control.getSecondOriginRequests().filter((r) => r.path === `/org-sim/${a.attachment_id}`).length, a.name).toBeGreaterThan(0);
  }
  expect(h.sim.control.getSecondOriginRequests().filter((r) => r.hadAuth)).toEqual([]);
  expect(h.sim.control.getWebAppRequests()).toEqual([]);
}

/** Files dropped on an element as the OS would: a DataTransfer of Files named like them. */
async function dropFiles(target: Locator, names: string[]): Promise<void> {
  await target.evaluate((el, fileNames) => {
    const dt = new DataTransfer();
    for (const n of fileNames) dt.items.add(new File(['?'], n));
    for (const type of ['dragenter', 'dragover', 'drop']) el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, names);
}

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`attachments (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    let h: Harness;
    let root: string;
    test.beforeEach(async () => {
      root = mkdtempSync(join(tmpdir(), 'devin-tray-downloads-'));
      h = await new Harness({ settings: { locale, attachmentsFolder: root } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
      rmSync(root, { recursive: true, force: true });
    });

    test('download all from a finished session: progress, cancel, retry, bytes on disk, safe open', async ({ context }) => {
      const title = locale === 'en' ? 'Quarterly report' : '季度报告';
      const s = h.sim.control.createSession({ title, status: 'running', status_detail: 'finished', tags: ['reports'] });
      const summary = h.sim.control.addSessionAttachment(s.session_id, { name: 'summary.md', text: '# Q3\n\nRevenue is up.\n' });
      const data = h.sim.control.addSessionAttachment(s.session_id, { name: 'data.csv', size: 3 * 1024 * 1024, pattern: 'seeded', seed: 3, content_type: 'text/csv' });
      const script = h.sim.control.addSessionAttachment(s.session_id, { name: 'rebuild.sh', text: '#!/bin/sh\nmake report\n' });
      const big = h.sim.control.addSessionAttachment(s.session_id, { name: 'dataset.parquet', size: 12 * 1024 * 1024, pattern: 'seeded', seed: 9 });
      // Storage cuts the big file after 5 MiB; the retry (a fresh 307 from the route) is told to
      // come back in a minute (capped at 30 s).
      const bigPath = `/org-sim/${big.attachment_id}`;
      h.sim.control.addFault({ method: 'GET', path: bigPath, kind: 'truncate', truncateAfter: 5 * 1024 * 1024, origin: 'second' });
      h.sim.control.addFault({ method: 'GET', path: bigPath, kind: 'status', status: 503, retryAfter: '60', origin: 'second' });

      const page = await h.open(context);
      await signIn(page, locale);
      const detail = await openSession(page, title);
      const panel = detail.getByRole('region', { name: tr('ui.attachments.title') });
      const rows = panel.getByRole('listitem');
      await expect(rows).toHaveCount(4);
      const row = (name: string) => panel.getByRole('listitem', { name });
      await expect(row('summary.md')).toContainText(tr('ui.attachments.source.devin'));
      await expect(row('summary.md')).toContainText('text/markdown');
      const folder = join(root, `${title}-${s.session_id.replace(/^devin-/, '').slice(0, 8)}`);
      await expect(panel.locator('.att-folder-path')).toHaveText(folder);

      await panel.getByRole('button', { name: tr('ui.attachments.downloadAll') }).click();
      // Three files land; the big one waits at its partial bytes.
      for (const name of ['summary.md', 'data.csv', 'rebuild.sh']) await expect(row(name)).toContainText(tr('attachments.state.done'));
      const bigRow = row('dataset.parquet');
      await expect(bigRow).toContainText(tr('attachments.state.retrying'), { timeout: 15_000 });
      // The server's refusal is shown while it waits, and the bar stays (the partial file is kept).
      await expect(bigRow).toContainText(tr('error.ATTACHMENT_HTTP', { status: 503, name: 'dataset.parquet' }), { timeout: 15_000 });
      // It shows the 5 MiB kept for the resume, not 0 B.
      await expect(bigRow.getByRole('progressbar')).toHaveAttribute('aria-valuetext', tr('ui.attachments.progress', { bytes: '5 MB', total: '12 MB' }));
      await expect(panel.getByRole('status')).toHaveText(tr('ui.attachments.overall', { done: 3, count: 4 }));
      await panel.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `attachments-progress-${locale}`);
      await expectAccessible(page, '.att-panel');

      // Cancel the waiting download: the row is back to Download, the summary counts what is saved;
      // Download again starts over (the faults are spent) and finishes.
      await bigRow.getByRole('button', { name: tr('ui.attachments.a11y.cancel', { name: 'dataset.parquet' }) }).click();
      await expect(bigRow.getByRole('button', { name: tr('ui.attachments.a11y.download', { name: 'dataset.parquet' }) })).toBeVisible();
      await expect(bigRow).not.toContainText(tr('attachments.state.cancelled'));
      // Cancel discards the partial file: no bar claims its bytes any more; the size it learnt stays.
      await expect(bigRow.getByRole('progressbar')).toHaveCount(0);
      await expect(bigRow).toContainText('12 MB');
      await expect(panel.getByRole('status')).toHaveText(tr('ui.attachments.overall', { done: 3, count: 3 }));
      await expect(panel.locator('.att-overall')).not.toContainText(tr('ui.attachments.overallCancelled', { cancelled: 1 }));
      await bigRow.getByRole('button', { name: tr('ui.attachments.a11y.download', { name: 'dataset.parquet' }) }).click();
      await expect(bigRow).toContainText(tr('attachments.state.done'), { timeout: 20_000 });
      await expect(panel.getByRole('status')).toHaveText(tr('ui.attachments.overall', { done: 4, count: 4 }));
      await expect(panel.getByRole('progressbar', { name: tr('ui.attachments.overallLabel') })).toHaveAttribute('aria-valuenow', '100');
      await expect(bigRow).toContainText('12 MB');

      // Every byte as the sim served it, in the session's folder under the download root.
      for (const a of [summary, data, script, big]) {
        const onDisk = readFileSync(join(folder, a.name));
        expect(onDisk.length, a.name).toBe(a.size);
        expect(sha256(onDisk), a.name).toBe(a.sha256);
      }
      expect(existsSync(join(folder, 'dataset.parquet.part'))).toBe(false);
      expectDocumentedRoute(h, [summary, data, script, big]);

      // Open: a script is revealed, not run; a document opens.
      await row('rebuild.sh').getByRole('button', { name: tr('ui.attachments.open') }).click();
      await expect(row('rebuild.sh').getByRole('alert')).toHaveText(tr('error.ATTACHMENT_UNSAFE_TO_OPEN', { name: 'rebuild.sh' }));
      await row('summary.md').getByRole('button', { name: tr('ui.attachments.open') }).click();
      await row('data.csv').getByRole('button', { name: tr('ui.attachments.showInFolder') }).click();
      await expect
        .poll(() => h.shellActions)
        .toEqual([
          { action: 'showItemInFolder', path: join(folder, 'rebuild.sh') },
          { action: 'openPath', path: join(folder, 'summary.md') },
          { action: 'showItemInFolder', path: join(folder, 'data.csv') },
        ]);
      await panel.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `attachments-done-${locale}`);
      await expectAccessible(page, '.att-panel');

      // The user deletes a saved file: Open says so instead of failing silently, the row turns to
      // "not saved" (no Open), and Download again brings it back into the same folder, under its own name.
      rmSync(join(folder, 'summary.md'));
      await row('summary.md').getByRole('button', { name: tr('ui.attachments.open') }).click();
      await expect(row('summary.md')).toContainText(tr('ui.attachments.notSaved'));
      await expect(row('summary.md')).toContainText(tr('error.ATTACHMENT_FILE_MISSING', { name: 'summary.md' }));
      await expect(row('summary.md').getByRole('button', { name: tr('ui.attachments.open') })).toHaveCount(0);
      await expect(panel.getByRole('status')).toHaveText(
        [tr('ui.attachments.overall', { done: 3, count: 4 }), tr('ui.attachments.overallMissing', { missing: 1 })].join(' · '),
      );
      await row('summary.md').scrollIntoViewIfNeeded();
      await shootBothThemes(page, `attachments-missing-${locale}`);
      await expectAccessible(page, '.att-panel');
      await row('summary.md').getByRole('button', { name: tr('ui.attachments.a11y.downloadAgain', { name: 'summary.md' }) }).click();
      await expect(row('summary.md')).toContainText(tr('attachments.state.done'));
      await expect.poll(() => existsSync(join(folder, 'summary.md'))).toBe(true);
      expect(sha256(readFileSync(join(folder, 'summary.md')))).toBe(summary.sha256);
      // Nothing was opened for the missing file.
      expect(h.shellActions).toHaveLength(3);
    });

    test('rows: saved names of twin files, a copy already there kept, a deleted file noticed on refresh, a failed bar, named buttons', async ({ context }) => {
      const title = locale === 'en' ? 'Weekly reports' : '每周报告';
      const s = h.sim.control.createSession({ title, status: 'running', status_detail: 'finished' });
      const elsewhere = locale === 'en' ? 'Somewhere else' : '别处';
      h.sim.control.createSession({ title: elsewhere, status: 'running', status_detail: 'working' });
      const first = h.sim.control.addSessionAttachment(s.session_id, { name: 'report.md', text: '# Week 48\n\nAll green.\n' });
      const second = h.sim.control.addSessionAttachment(s.session_id, { name: 'report.md', text: '# Week 49\n\nTwo flaky tests.\n' });
      const notes = h.sim.control.addSessionAttachment(s.session_id, { name: 'notes.txt', text: 'ship it\n' });
      const trace = h.sim.control.addSessionAttachment(s.session_id, { name: 'trace.bin', size: 2 * 1024 * 1024, pattern: 'seeded', seed: 13 });
      // The trace is cut after 512 KiB, then storage says it is gone: it fails with its bytes kept.
      const tracePath = `/org-sim/${trace.attachment_id}`;
      h.sim.control.addFault({ method: 'GET', path: tracePath, kind: 'truncate', truncateAfter: 512 * 1024, origin: 'second' });
      h.sim.control.addFault({ method: 'GET', path: tracePath, kind: 'status', status: 404, origin: 'second', times: -1 });
      // The first report is already in the session's folder (saved by the CLI earlier, say).
      const folder = join(root, `${title}-${s.session_id.replace(/^devin-/, '').slice(0, 8)}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'report.md'), '# Week 48\n\nAll green.\n');

      const page = await h.open(context);
      await signIn(page, locale);
      const detail = await openSession(page, title);
      const panel = detail.getByRole('region', { name: tr('ui.attachments.title') });
      const row = (name: string) => panel.getByRole('listitem', { name, exact: true });
      // Before any download: each row says the name it will be saved as.
      await expect(panel.getByRole('listitem')).toHaveCount(4);
      await expect(panel.locator('.att-name')).toHaveText(['report.md', 'report (1).md', 'notes.txt', 'trace.bin']);
      await expect(row('report (1).md')).toContainText(tr('ui.attachments.sentAs', { name: 'report.md' }));
      await expect(row('report.md')).not.toContainText(tr('ui.attachments.sentAs', { name: 'report.md' }));

      await panel.getByRole('button', { name: tr('ui.attachments.downloadAll') }).click();
      await expect(row('report.md')).toContainText(tr('ui.attachments.alreadySaved'));
      await expect(row('report (1).md')).toContainText(tr('attachments.state.done'));
      await expect(row('notes.txt')).toContainText(tr('attachments.state.done'));
      await expect(row('trace.bin')).toContainText(tr('attachments.state.failed'), { timeout: 30_000 });
      // (Storage's own 404: "refused … not saved"; the part is kept for Retry.)
      await expect(row('trace.bin').locator('.att-note.is-failed')).toContainText('404');
      await expect(row('trace.bin').getByRole('progressbar')).toHaveAttribute('aria-valuetext', tr('ui.attachments.progress', { bytes: '512 KB', total: '2 MB' }));
      // The copy already there was kept: no report (2).md; the second report is report (1).md.
      expect(readdirSync(folder).sort()).toEqual(['notes.txt', 'report (1).md', 'report.md', 'trace.bin.part']);
      expect(sha256(readFileSync(join(folder, 'report.md')))).toBe(first.sha256);
      expect(sha256(readFileSync(join(folder, 'report (1).md')))).toBe(second.sha256);
      expect(sha256(readFileSync(join(folder, 'notes.txt')))).toBe(notes.sha256);
      await expect(panel.getByRole('status')).toHaveText(
        [tr('ui.attachments.overall', { done: 3, count: 4 }), tr('ui.attachments.overallFailed', { failed: 1 })].join(' · '),
      );

      // Every button names its file: no two share an accessible name.
      const names = await panel.getByRole('list').getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
      expect(names).toEqual([
        tr('ui.attachments.a11y.open', { name: 'report.md' }),
        tr('ui.attachments.a11y.show', { name: 'report.md' }),
        tr('ui.attachments.a11y.downloadAgain', { name: 'report.md' }),
        tr('ui.attachments.a11y.open', { name: 'report (1).md' }),
        tr('ui.attachments.a11y.show', { name: 'report (1).md' }),
        tr('ui.attachments.a11y.open', { name: 'notes.txt' }),
        tr('ui.attachments.a11y.show', { name: 'notes.txt' }),
        tr('ui.attachments.a11y.retry', { name: 'trace.bin' }),
      ]);
      await panel.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `attachments-rows-${locale}`);
      await expectAccessible(page, '.att-panel');

      // Deleted behind the app's back: the refresh notices it (no Open needed), the session reopened too.
      rmSync(join(folder, 'notes.txt'));
      await panel.getByRole('button', { name: tr('ui.attachments.refresh') }).click();
      await expect(row('notes.txt')).toContainText(tr('ui.attachments.notSaved'));
      await expect(row('notes.txt').getByRole('button', { name: tr('ui.attachments.a11y.open', { name: 'notes.txt' }) })).toHaveCount(0);
      await expect(panel.getByRole('status')).toHaveText(
        [tr('ui.attachments.overall', { done: 2, count: 4 }), tr('ui.attachments.overallFailed', { failed: 1 }), tr('ui.attachments.overallMissing', { missing: 1 })].join(' · '),
      );
      await shootBothThemes(page, `attachments-rows-missing-${locale}`);
      await expectAccessible(page, '.att-panel');
      writeFileSync(join(folder, 'notes.txt'), 'ship it\n');
      await openSession(page, elsewhere);
      await openSession(page, title);
      await expect(row('notes.txt')).toContainText(tr('attachments.state.done'));
      rmSync(join(folder, 'notes.txt'));
      await openSession(page, elsewhere);
      await openSession(page, title);
      await expect(row('notes.txt')).toContainText(tr('ui.attachments.notSaved'));
      await row('notes.txt').getByRole('button', { name: tr('ui.attachments.a11y.downloadAgain', { name: 'notes.txt' }) }).click();
      await expect(row('notes.txt')).toContainText(tr('attachments.state.done'));
      expect(sha256(readFileSync(join(folder, 'notes.txt')))).toBe(notes.sha256);

      // Download again on the kept copy: a new copy anyway.
      await row('report.md').getByRole('button', { name: tr('ui.attachments.a11y.downloadAgain', { name: 'report.md' }) }).click();
      await expect(row('report (2).md')).toContainText(tr('attachments.state.done'));
      expect(sha256(readFileSync(join(folder, 'report (2).md')))).toBe(first.sha256);
    });

    test('a sign-in page instead of the file is an error on screen, never a saved file', async ({ context }) => {
      const title = locale === 'en' ? 'Ledger export' : '账本导出';
      const s = h.sim.control.createSession({ title, status: 'running', status_detail: 'finished' });
      const ledger = h.sim.control.addSessionAttachment(s.session_id, { name: 'ledger.csv', text: 'account,amount\n1,2\n', content_type: 'text/csv' });
      // Something between the app and storage answers every request with the web app's sign-in page.
      h.sim.control.addFault({ path: `/org-sim/${ledger.attachment_id}`, kind: 'sign_in_page', origin: 'second', times: -1 });
      const page = await h.open(context);
      await signIn(page, locale);
      const detail = await openSession(page, title);
      const panel = detail.getByRole('region', { name: tr('ui.attachments.title') });
      const row = panel.getByRole('listitem', { name: 'ledger.csv' });
      await row.getByRole('button', { name: tr('ui.attachments.download') }).click();
      await expect(row).toContainText(tr('attachments.state.failed'));
      await expect(row).toContainText(tr('error.ATTACHMENT_HTML_PAGE', { name: 'ledger.csv' }));
      // Not saved under the attachment's name, not even partly.
      const folder = join(root, `${title}-${s.session_id.replace(/^devin-/, '').slice(0, 8)}`);
      expect(existsSync(join(folder, 'ledger.csv'))).toBe(false);
      expect(existsSync(join(folder, 'ledger.csv.part'))).toBe(false);
      await row.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `attachments-sign-in-page-${locale}`);
      await expectAccessible(page, '.att-panel');
      // The way there was the documented one; only the storage answer was wrong.
      const hops = h.sim.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/attachments/:id/:name');
      expect(hops.length).toBeGreaterThan(0);
      expect(hops.every((r) => r.hadAuth && r.status === 307)).toBe(true);
      expect(h.sim.control.getSecondOriginRequests().every((r) => !r.hadAuth)).toBe(true);
    });

    test('a reply carries a chosen file and a dropped one to the session', async ({ context }) => {
      const title = locale === 'en' ? 'Debug the flaky upload' : '排查不稳定的上传';
      const s = h.sim.control.createSession({ title, status: 'running', status_detail: 'waiting_for_user' });
      const local = mkdtempSync(join(tmpdir(), 'devin-tray-reply-'));
      try {
        const logPath = join(local, 'server.log');
        const shotPath = join(local, 'screenshot.png');
        writeFileSync(logPath, 'GET /upload 500\n'.repeat(2000));
        writeFileSync(shotPath, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
        h.filesChoice = [logPath];
        h.registerDropPath('screenshot.png', shotPath);

        const page = await h.open(context);
        await signIn(page, locale);
        const detail = await openSession(page, title);
        const form = detail.getByRole('form', { name: tr('ui.sessions.reply.label') });
        await form.getByRole('button', { name: tr('ui.attachments.reply.attach') }).click();
        const chosen = form.getByRole('list', { name: tr('ui.attachments.reply.listLabel') });
        await expect(chosen.getByRole('listitem')).toHaveText(['server.log']);
        await dropFiles(form, ['screenshot.png']);
        await expect(chosen.getByRole('listitem')).toHaveText(['server.log', 'screenshot.png']);
        const message = locale === 'en' ? 'The log and a screenshot of the failure.' : '日志和失败时的截图。';
        await form.getByRole('textbox', { name: tr('ui.sessions.reply.label') }).fill(message);
        await shootBothThemes(page, `attachments-reply-${locale}`);
        await expectAccessible(page, '.reply-box');
        await form.getByRole('button', { name: tr('ui.sessions.reply.send') }).click();
        await expect(chosen).toHaveCount(0);

        // Uploaded, then the message with their URLs: the sim linked both files to the session as the user's.
        const api = await fetch(`${h.sim.baseUrl}/v3/organizations/org-sim/sessions/${s.session_id}/attachments`, { headers: { Authorization: 'Bearer cog_sim_org' } });
        const listed = (await api.json()) as { attachment_id: string; name: string; source: string; url: string }[];
        expect(listed.map((a) => [a.name, a.source])).toEqual([
          ['server.log', 'user'],
          ['screenshot.png', 'user'],
        ]);
        for (const [a, path] of [[listed[0], logPath], [listed[1], shotPath]] as const) {
          const bytes = Buffer.from(await (await fetch(routeOf(h, a!), { headers: { Authorization: 'Bearer cog_sim_org' } })).arrayBuffer());
          expect(sha256(bytes)).toBe(sha256(readFileSync(path)));
        }
        // The page named the files by main's handles only; the drop was registered by the (emulated) preload.
        const uploads = h.ipcLog.filter((r) => r.channel === 'attachments:upload');
        expect(uploads).toHaveLength(1);
        // The reply names its session: main uploads to that session's account and org (#16).
        expect(uploads[0]?.request).toEqual({ files: [expect.stringMatching(/^file-[\w-]{22}$/), expect.stringMatching(/^file-[\w-]{22}$/)], sessionId: s.session_id });
        expect(JSON.stringify(uploads[0]?.request)).not.toContain(local);
        expect(h.ipcLog.filter((r) => r.channel === 'attachments:registerDrop').map((r) => r.request)).toEqual([{ paths: [shotPath] }]);
        // What a script in the page could try instead is refused: registering a drop itself, or naming a path.
        const attempts = await page.evaluate(async (path) => {
          const w = window as unknown as { __devinTrayInvoke: (c: string, r: unknown) => Promise<{ ok: boolean; error?: { code: string } }> };
          return [await w.__devinTrayInvoke('attachments:registerDrop', { paths: [path] }), await w.__devinTrayInvoke('attachments:upload', { files: [path] })];
        }, logPath);
        expect(attempts).toMatchObject([{ ok: false, error: { code: 'FORBIDDEN_SENDER' } }, { ok: false, error: { code: 'VALIDATION' } }]);
        const sent = h.ipcLog.filter((r) => r.channel === 'sessions:send');
        expect(sent).toHaveLength(1);
        expect(sent[0]?.request).toEqual({ sessionId: s.session_id, message, attachmentUrls: listed.map((a) => a.url) });
        const posts = h.sim.control.getRequests().filter((r) => r.method === 'POST').map((r) => r.route);
        expect(posts.slice(-3)).toEqual(['/v3/organizations/:org/attachments', '/v3/organizations/:org/attachments', '/v3/organizations/:org/sessions/:id/messages']);

        // The panel lists them too, as the user's.
        await h.core.sessions.refresh();
        const panel = detail.getByRole('region', { name: tr('ui.attachments.title') });
        await expect(panel.getByRole('listitem', { name: 'server.log' })).toContainText(tr('ui.attachments.source.user'));
      } finally {
        rmSync(local, { recursive: true, force: true });
      }
    });
  });
}

test('a folder picked with Change… is named by main\'s handle; Download saves there, Download all too', async ({ context }) => {
  const root = mkdtempSync(join(tmpdir(), 'devin-tray-root-'));
  const picked = mkdtempSync(join(tmpdir(), 'devin-tray-picked-'));
  const h = await new Harness({ settings: { locale: 'en', attachmentsFolder: root } }).start();
  try {
    const s = h.sim.control.createSession({ title: 'Picked folder', status: 'running', status_detail: 'finished' });
    const one = h.sim.control.addSessionAttachment(s.session_id, { name: 'one.txt', text: 'one\n' });
    const two = h.sim.control.addSessionAttachment(s.session_id, { name: 'two.txt', text: 'two\n' });
    const page = await h.open(context);
    await signIn(page, 'en');
    const detail = await openSession(page, 'Picked folder');
    const panel = detail.getByRole('region', { name: 'Attachments' });
    h.folderChoice = picked;
    await panel.getByRole('button', { name: 'Change…' }).click();
    await expect(panel.locator('.att-folder-path')).toHaveText(picked);
    await panel.getByRole('listitem', { name: 'one.txt' }).getByRole('button', { name: 'Download' }).click();
    await expect.poll(() => existsSync(join(picked, 'one.txt'))).toBe(true);
    await panel.getByRole('button', { name: 'Download all' }).click();
    await expect.poll(() => existsSync(join(picked, 'two.txt'))).toBe(true);
    expect(sha256(readFileSync(join(picked, 'two.txt')))).toBe(two.sha256);
    expect(sha256(readFileSync(join(picked, 'one.txt')))).toBe(one.sha256);
    const requests = h.ipcLog.filter((r) => r.channel === 'attachments:download' || r.channel === 'attachments:downloadAll').map((r) => r.request);
    expect(requests).toEqual([
      { sessionId: s.session_id, attachmentId: one.attachment_id, folder: expect.stringMatching(/^folder-[\w-]{22}$/) },
      { sessionId: s.session_id, folder: expect.stringMatching(/^folder-[\w-]{22}$/) },
    ]);
    expect(JSON.stringify(requests)).not.toContain(picked);
    // A second page (another webContents) cannot use the first one's handle.
    const handle = (requests[0] as { folder: string }).folder;
    const other = await h.open(context);
    const refused = await other.evaluate(
      async ([sessionId, folder]) =>
        (window as unknown as { __devinTrayInvoke: (c: string, r: unknown) => Promise<unknown> }).__devinTrayInvoke('attachments:downloadAll', { sessionId, folder }),
      [s.session_id, handle] as const,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  } finally {
    await h.stop();
    rmSync(root, { recursive: true, force: true });
    rmSync(picked, { recursive: true, force: true });
  }
});

test('a resume after the presigned URL expired asks the route again and finishes the file', async ({ context }) => {
  const root = mkdtempSync(join(tmpdir(), 'devin-tray-expired-'));
  const h = await new Harness({ settings: { locale: 'en', attachmentsFolder: root } }).start();
  try {
    const s = h.sim.control.createSession({ title: 'Slow link', status: 'running', status_detail: 'finished' });
    const a = h.sim.control.addSessionAttachment(s.session_id, { name: 'trace.bin', size: 3 * 1024 * 1024, pattern: 'seeded', seed: 21 });
    const storagePath = `/org-sim/${a.attachment_id}`;
    // Storage cuts the first transfer after 1 MiB; the resume's request is held 3 s, long enough
    // for the URL it carries to expire (the sim clock jumps 61 s while it waits).
    h.sim.control.addFault({ method: 'GET', path: storagePath, kind: 'truncate', truncateAfter: 1024 * 1024, origin: 'second' });
    h.sim.control.addFault({ method: 'GET', path: storagePath, kind: 'delay', delayMs: 3000, origin: 'second' });
    const page = await h.open(context);
    await signIn(page, 'en');
    const detail = await openSession(page, 'Slow link');
    const row = detail.getByRole('region', { name: 'Attachments' }).getByRole('listitem', { name: 'trace.bin' });
    await row.getByRole('button', { name: 'Download' }).click();
    const storageHits = () => h.sim.control.getSecondOriginRequests().filter((r) => r.path === storagePath);
    await expect.poll(() => storageHits().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    h.sim.control.advanceClock(61_000);
    await expect(row).toContainText('Done', { timeout: 20_000 });

    const folder = join(root, `Slow link-${s.session_id.replace(/^devin-/, '').slice(0, 8)}`);
    expect(sha256(readFileSync(join(folder, 'trace.bin')))).toBe(a.sha256);
    // Cut transfer, the held resume (its URL expired: 403), the resume with a fresh URL.
    const hits = storageHits();
    expect(hits.map((r) => r.headers.range === undefined)).toEqual([true, false, false]);
    expect(hits.every((r) => !r.hadAuth)).toBe(true);
    // Every attempt began at the route, with the key, and got a 307 to a fresh URL.
    const routeHits = h.sim.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/attachments/:id/:name');
    expect(routeHits.map((r) => [r.status, r.hadAuth])).toEqual([[307, true], [307, true], [307, true]]);
    expectDocumentedRoute(h, [a]);
  } finally {
    await h.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('auto-download: a watched session that finishes gets its files saved without a click', async ({ context }) => {
  const root = mkdtempSync(join(tmpdir(), 'devin-tray-auto-'));
  const h = await new Harness({ settings: { locale: 'en', attachmentsFolder: root, autoDownloadAttachments: true } }).start();
  try {
    const title = 'Nightly export';
    const s = h.sim.control.createSession({ title, status: 'running', status_detail: 'working' });
    const other = h.sim.control.createSession({ title: 'Not watched', status: 'running', status_detail: 'working' });
    const page = await h.open(context);
    await signIn(page, 'en');
    const detail = await openSession(page, title);
    await detail.getByRole('button', { name: 'Watch' }).click();
    await expect(detail.getByRole('button', { name: 'Watching' })).toBeVisible();

    const files = [
      h.sim.control.addSessionAttachment(s.session_id, { name: 'export.json', text: '{"rows": 42}\n' }),
      h.sim.control.addSessionAttachment(s.session_id, { name: 'export.zip', size: 2 * 1024 * 1024 + 7, pattern: 'seeded', seed: 5, redirect: true }),
    ];
    h.sim.control.addSessionAttachment(other.session_id, { name: 'ignored.txt', text: 'no' });
    h.sim.control.setSessionStatus(s.session_id, { status: 'running', status_detail: 'finished' });
    h.sim.control.setSessionStatus(other.session_id, { status: 'running', status_detail: 'finished' });
    await h.core.sessions.refresh();

    const folder = join(root, `${title}-${s.session_id.replace(/^devin-/, '').slice(0, 8)}`);
    for (const a of files) {
      await expect.poll(() => existsSync(join(folder, a.name)), { timeout: 15_000 }).toBe(true);
      expect(sha256(readFileSync(join(folder, a.name)))).toBe(a.sha256);
    }
    // The open panel shows them done; the unwatched session downloaded nothing.
    const panel = detail.getByRole('region', { name: 'Attachments' });
    await expect(panel.getByRole('status')).toHaveText('2 of 2 files downloaded');
    expect(existsSync(join(root, `Not watched-${other.session_id.replace(/^devin-/, '').slice(0, 8)}`))).toBe(false);
    expect(h.ipcLog.filter((r) => r.channel.startsWith('attachments:download'))).toEqual([]);
    expectDocumentedRoute(h, files);
  } finally {
    await h.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
