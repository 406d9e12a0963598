import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { isolateGitConfig, makeRepo } from '../../src/main/handoff/repo-fixture';
import type { Envelope } from '../../src/shared/ipc/contract';
import { SIM_KEYS } from '../../src/sim/keys';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Issue #15: the org secrets choice (all / only these / none) from the composer and from the
 * handoff, asserted on what devin-sim received as `secret_ids` (null / the ids / []), the handoff
 * preview's line, and the state of a key that may not list secrets. Both languages, both themes.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`org secrets choice (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    let restoreGit: () => void;
    let repo: ReturnType<typeof makeRepo>;
    test.beforeEach(async () => {
      restoreGit = isolateGitConfig();
      h = await new Harness({ settings: { locale } }).start();
      repo = makeRepo('org-secrets-e2e-');
      h.sim.control.createSession({ title: locale === 'en' ? 'Existing session' : '已有会话' });
    });
    test.afterEach(async () => {
      await h.stop();
      repo.cleanup();
      restoreGit();
    });

    /** Stores an org secret in devin-sim through its API (as the web app would); returns its id. */
    async function createSecret(key: string, note: string | null): Promise<string> {
      const res = await fetch(`${h.sim.baseUrl}/v3/organizations/org-sim/secrets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${SIM_KEYS.org}`, 'content-type': 'application/json' },
        body: JSON.stringify({ key, type: 'key-value', value: `value-of-${key}`, note }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { secret_id: string }).secret_id;
    }

    const choice = (scope: Page | ReturnType<Page['getByRole']>, mode: 'all' | 'only' | 'none') =>
      scope.getByRole('radiogroup', { name: tr('ui.sessionSecrets.org.label') }).getByRole('radio', { name: tr(`ui.sessionSecrets.org.${mode}`) });

    test('the composer and the handoff send secret_ids null / the picked ids / [], and say so', async ({ context }) => {
      test.setTimeout(240_000);
      const npm = await createSecret('NPM_TOKEN', locale === 'en' ? 'Publishes the @acme packages' : '发布 @acme 包');
      await createSecret('STAGING_DATABASE_URL', null);

      const page = await h.open(context);
      await signIn(page, locale);
      await expect(page.getByRole('tree', { name: tr('ui.sessions.listLabel') })).toBeVisible();

      const compose = async (prompt: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
        await page.keyboard.press('n');
        const dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
        await expect(dialog).toBeVisible();
        await dialog.getByLabel(tr('ui.sessions.composer.prompt')).fill(prompt);
        await fill(dialog);
        await dialog.getByRole('button', { name: tr('ui.sessions.composer.send') }).click();
        await expect(dialog).toBeHidden();
        const last = h.ipcLog.filter((r) => r.channel === 'sessions:create').at(-1)?.response as Envelope<{ sessionId: string }>;
        if (!last.ok) throw new Error(`create failed: ${last.error.message}`);
        return h.sim.control.getCreatedRequest(last.value.sessionId) as Record<string, unknown>;
      };

      // Composer, "All secrets" (the default): secret_ids is sent, as null.
      const all = await compose('Publish the package', async () => undefined);
      expect(Object.hasOwn(all, 'secret_ids')).toBe(true);
      expect(all.secret_ids).toBeNull();

      // "No secrets": [].
      const none = await compose('Publish the package without secrets', async (dialog) => {
        await choice(dialog, 'none').check();
      });
      expect(none.secret_ids).toEqual([]);

      // "Only these secrets": exactly the picked id.
      const only = await compose('Publish the package with the npm token', async (dialog) => {
        await choice(dialog, 'only').check();
        await dialog.getByRole('checkbox', { name: /NPM_TOKEN/ }).check();
        await expect(dialog.getByRole('button', { name: tr('ui.sessionSecrets.org.remove', { value: 'NPM_TOKEN' }) })).toBeVisible();
        await dialog.getByRole('radiogroup', { name: tr('ui.sessionSecrets.org.label') }).scrollIntoViewIfNeeded();
        await shootBothThemes(page, `composer-org-secrets-${locale}`);
      });
      expect(only.secret_ids).toEqual([npm]);

      // The handoff, once per choice: the preview line says what goes, devin-sim receives it.
      repo.write('src/app.ts', 'export const a = 1;\n');
      repo.commitAll('init');
      repo.git('remote', 'add', 'origin', 'https://github.com/acme/web.git');
      repo.write('src/app.ts', 'export const a = 2;\n');
      const handoff = async (mode: 'all' | 'only' | 'none', expected: string) => {
        await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.handoff') }).click();
        await page.getByLabel(tr('ui.handoff.start.pathLabel')).fill(repo.dir);
        await page.getByRole('button', { name: tr('ui.handoff.start.open'), exact: true }).click();
        await expect(page.getByRole('heading', { level: 2, name: 'acme/web' })).toBeVisible();
        await page.getByLabel(tr('ui.handoff.task.label')).fill(`Bump a to 2 (${mode})`);
        await choice(page, mode).check();
        if (mode === 'only') await page.getByRole('group', { name: tr('ui.sessionSecrets.org.label') }).getByRole('checkbox', { name: /STAGING_DATABASE_URL/ }).check();
        await expect(page.getByTestId('handoff-org-secrets')).toHaveText(expected);
        const send = page.getByRole('button', { name: tr('ui.handoff.send'), exact: true });
        await expect(send).toBeEnabled();
        if (mode === 'only') {
          await page.getByTestId('handoff-org-secrets').scrollIntoViewIfNeeded();
          await shootBothThemes(page, `handoff-org-secrets-${locale}`);
        }
        await send.click();
        await expect(page).toHaveURL(/#\/sessions\/devin-/);
        const id = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
        return h.sim.control.getCreatedRequest(id) as Record<string, unknown>;
      };
      const viaHandoffAll = await handoff('all', tr('ui.sessionSecrets.org.previewAll'));
      expect(Object.hasOwn(viaHandoffAll, 'secret_ids')).toBe(true);
      expect(viaHandoffAll.secret_ids).toBeNull();
      expect((await handoff('none', tr('ui.sessionSecrets.org.previewNone'))).secret_ids).toEqual([]);
      const db = ((await h.core.account.getApi().client.secrets.listAll({ first: 200, maxPages: 1 })).items.find((s) => s.key === 'STAGING_DATABASE_URL'))?.secret_id;
      expect((await handoff('only', tr('ui.sessionSecrets.org.previewOnly', { names: 'STAGING_DATABASE_URL' }))).secret_ids).toEqual([db]);
    });

    test('a key that may not list secrets sees the permission it lacks, and can still choose none', async ({ context }) => {
      h.sim.control.revokePermissions({ revoke: ['ManageOrgSecrets'] });
      const page = await h.open(context);
      await signIn(page, locale);
      await expect(page.getByRole('tree', { name: tr('ui.sessions.listLabel') })).toBeVisible();
      await page.keyboard.press('n');
      const dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      await dialog.getByLabel(tr('ui.sessions.composer.prompt')).fill('Publish the package');
      await choice(dialog, 'only').check();
      await expect(dialog.getByText(tr('ui.sessionSecrets.org.forbidden'))).toBeVisible();
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await dialog.getByText(tr('ui.sessionSecrets.org.forbidden')).scrollIntoViewIfNeeded();
      await shootBothThemes(page, `composer-org-secrets-forbidden-${locale}`);
      await choice(dialog, 'none').check();
      await dialog.getByRole('button', { name: tr('ui.sessions.composer.send') }).click();
      await expect(dialog).toBeHidden();
      const last = h.ipcLog.filter((r) => r.channel === 'sessions:create').at(-1)?.response as Envelope<{ sessionId: string }>;
      expect(last.ok).toBe(true);
      if (last.ok) expect((h.sim.control.getCreatedRequest(last.value.sessionId) as Record<string, unknown>).secret_ids).toEqual([]);
    });
  });
}
