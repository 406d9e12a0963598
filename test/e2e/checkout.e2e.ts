import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { translate } from '../../src/shared/i18n';
import type { MessageKey } from '../../src/shared/i18n';
import { createHandoffSources, handoffSourcesFile } from '../../src/main/checkout/handoff-sources';
import { git } from '../../src/main/handoff/repo-fixture';
import { makeRoundTrip, PR_URL, type RoundTrip } from '../../src/main/checkout/round-trip-fixture';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes, themeSettled } from './screens';

/**
 * The round trip through the real UI, router, checkout service, real git and devin-sim: a finished
 * session with a pull request whose head a local bare repository serves (the user's remote
 * resolves to it through their global url.<bare>.insteadOf); the session was handed off from the
 * user's clone. Check out locally → the worktree holds the pull request's commit → Show in folder,
 * Open folder, Copy path → the pull request moves on → Update fast-forwards → a local edit makes
 * Update refuse → Remove names the edit, then deletes worktree and ref. The user's repository is
 * byte-for-byte unchanged at the end. Screenshots in both themes and languages.
 */
const AXE_SOURCE = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/** No serious or critical axe violations in the checkout panel, light and dark. */
async function expectAccessible(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await themeSettled(page); // measure contrast after the fade between themes
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      const r = await axe.run({ include: [['.co-panel']] }, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), `${scheme}: ${JSON.stringify(violations)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`checkout (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    let h: Harness;
    let rt: RoundTrip;
    test.beforeEach(async () => {
      rt = makeRoundTrip();
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
      rt.cleanup();
    });

    test('check out locally, open, copy, update, refuse when dirty, remove', async ({ context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const title = locale === 'en' ? 'Add the feature' : '添加新功能';
      const session = h.sim.control.createSession({ title, status: 'running', status_detail: 'finished', pull_requests: [{ pr_url: PR_URL, pr_state: 'open' }] });
      await createHandoffSources(handoffSourcesFile(h.userDataDir)).record({ sessionId: session.session_id, root: rt.repo.dir, repo: 'acme/web', at: new Date().toISOString() });
      const before = rt.snapshot();
      const worktree = join(rt.base, 'work', `web-devin-${session.session_id.slice(6, 14)}`);

      const page = await h.open(context);
      await signIn(page, locale);
      await page.getByRole('treeitem', { name: new RegExp(title) }).click();
      const detail = page.getByRole('article', { name: title });
      const panel = detail.getByRole('region', { name: tr('ui.checkout.title') });
      await expect(panel).toBeVisible();
      await expect(panel.getByText(rt.repo.dir, { exact: true })).toBeVisible();
      await expect(panel.getByText(tr('ui.checkout.remote', { remote: 'origin' }))).toBeVisible();
      await expect(panel.getByText(worktree, { exact: true })).toBeVisible();
      await shootBothThemes(page, `checkout-offer-${locale}`);
      await expectAccessible(page);

      // Check out locally.
      await panel.getByRole('button', { name: tr('ui.checkout.start') }).click();
      await expect(panel.getByRole('status')).toHaveText(tr('ui.checkout.outcome.created', { sha: rt.prHead().slice(0, 7) }), { timeout: 20_000 });
      expect(git(worktree, 'rev-parse', 'HEAD').trim()).toBe(rt.prHead());
      expect(readFileSync(join(worktree, 'feature.txt'), 'utf8')).toBe('made by Devin\n');
      await expect(panel.getByText(tr('ui.checkout.clean'))).toBeVisible();
      await shootBothThemes(page, `checkout-done-${locale}`);

      // The folder: reveal, open, copy (the real path).
      await panel.getByRole('button', { name: tr('ui.checkout.reveal') }).click();
      await panel.getByRole('button', { name: tr('ui.checkout.open') }).click();
      await expect.poll(() => h.shellActions).toEqual([
        { action: 'showItemInFolder', path: worktree },
        { action: 'openPath', path: worktree },
      ]);
      await panel.getByRole('button', { name: tr('ui.checkout.copy') }).click();
      await expect(panel.getByRole('status')).toHaveText(tr('ui.checkout.copied'));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(worktree);

      // The pull request moves on: Update fast-forwards.
      const next = rt.pushToPr('feature.txt', 'made by Devin\nand improved\n');
      await panel.getByRole('button', { name: tr('ui.checkout.update') }).click();
      await expect(panel.getByRole('status')).toHaveText(tr('ui.checkout.outcome.updated', { sha: next.slice(0, 7) }), { timeout: 20_000 });
      expect(git(worktree, 'rev-parse', 'HEAD').trim()).toBe(next);

      // A local edit: Update refuses, naming it; nothing moves.
      writeFileSync(join(worktree, 'feature.txt'), 'my own edit\n');
      rt.pushToPr('later.txt', 'later\n');
      await panel.getByRole('button', { name: tr('ui.checkout.update') }).click();
      await expect(panel.getByRole('alert')).toContainText(tr('error.CHECKOUT_DIRTY', { path: worktree, count: 1, files: 'feature.txt' }), { timeout: 20_000 });
      expect(git(worktree, 'rev-parse', 'HEAD').trim()).toBe(next);
      // The panel reads the worktree again after a refusal: it now shows the edit.
      await expect(panel.getByText(tr('ui.checkout.changes.one', { count: 1 }))).toBeVisible();
      await shootBothThemes(page, `checkout-dirty-${locale}`);
      await expectAccessible(page);

      // Remove: the confirmation names the uncommitted work, then worktree and ref are gone.
      await panel.getByRole('button', { name: tr('ui.checkout.remove') }).click();
      const dialog = page.getByRole('alertdialog', { name: tr('ui.checkout.confirm.title') });
      await expect(dialog).toContainText(tr('ui.checkout.confirm.changes.one', { count: 1, files: 'feature.txt' }));
      await shootBothThemes(page, `checkout-remove-${locale}`);
      await dialog.getByRole('button', { name: tr('ui.checkout.confirm.ok'), exact: true }).click();
      await expect(panel.getByRole('status')).toHaveText(tr('ui.checkout.removed'), { timeout: 20_000 });
      expect(existsSync(worktree)).toBe(false);
      expect(git(rt.repo.dir, 'for-each-ref', 'refs/devin-tray')).toBe('');
      await expect(panel.getByRole('button', { name: tr('ui.checkout.start') })).toBeVisible();
      expect(rt.snapshot()).toEqual(before);
    });
  });
}
