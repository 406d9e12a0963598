import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Harness } from './harness';
import { startSim } from '../../src/sim/server';
import { translate } from '../../src/shared/i18n';
import { shootBothThemes } from './screens';

// Sign-in flows through the real UI, router, account service and devin-sim (issue: foundation).
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`account (${locale})`, () => {
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
    });

    const L = locale === 'en'
      ? { key: 'Devin API key', signIn: 'Sign in', demo: 'Try the demo', signOut: 'Sign out', settings: 'Settings', orgTitle: 'Choose an organization', cont: 'Continue', unauth: /rejected \(401\)/ }
      : { key: 'Devin API 密钥', signIn: '登录', demo: '试用演示', signOut: '退出登录', settings: '设置', orgTitle: '选择组织', cont: '继续', unauth: /密钥被拒绝.401/ };

    test('a wrong key shows the 401 message and stores nothing', async ({ context }) => {
      const page = await h.open(context);
      await expect(page.getByLabel(L.key)).toBeVisible();
      // The card says where the key will be checked and bound.
      await expect(page.locator('.key-origin')).toContainText(h.sim.baseUrl);
      await shootBothThemes(page, `onboarding-${locale}`);
      await page.getByLabel(L.key).fill('cog_wrong_key');
      await page.getByRole('button', { name: L.signIn, exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(L.unauth);
      await expect(page.getByLabel(L.key)).toHaveValue('cog_wrong_key');
      expect(h.keychain?.key).toBeNull();
      await shootBothThemes(page, `onboarding-401-${locale}`);
    });

    test('the sign-in card names the origin the key is bound to, and changes it before any key is sent', async ({ context }) => {
      const other = await startSim({ seed: 'empty' });
      try {
        const page = await h.open(context);
        const card = page.locator('.key-origin');
        await expect(card).toContainText(h.sim.baseUrl);
        await card.getByRole('button', { name: translate(locale, 'ui.onboarding.changeOrigin') }).click();
        const url = card.getByLabel(translate(locale, 'ui.settings.apiUrl'));
        await url.fill('http://devin.acme.example');
        await url.press('Enter');
        await expect(card.getByRole('alert')).toBeVisible();
        await shootBothThemes(page, `onboarding-origin-edit-${locale}`);
        await url.fill(other.baseUrl);
        await card.getByRole('button', { name: translate(locale, 'ui.settings.save') }).click();
        await expect(card.locator('.key-origin-host')).toHaveText(other.baseUrl);
        expect(h.keychain?.key).toBeNull();

        await page.getByLabel(L.key).fill('cog_sim_org');
        await page.getByRole('button', { name: L.signIn, exact: true }).click();
        await expect(page.getByRole('banner')).toContainText('org-sim');
        expect(h.keychain?.stored).toEqual({ key: 'cog_sim_org', origin: other.baseUrl });
        expect(h.sim.control.getRequests().filter((r) => r.hadAuth)).toEqual([]);
      } finally {
        await other.close();
      }
    });

    test('sign in with an org key, see the shell, sign out', async ({ context }) => {
      const page = await h.open(context);
      await page.getByLabel(L.key).fill('cog_sim_org');
      await page.getByRole('button', { name: L.signIn, exact: true }).click();
      await expect(page.getByRole('banner')).toContainText('org-sim');
      // Bound to the origin it was checked at (issue #11 point 4).
      expect(h.keychain?.stored).toEqual({ key: 'cog_sim_org', origin: h.sim.baseUrl });
      await shootBothThemes(page, `shell-${locale}`);
      await page.getByRole('link', { name: L.settings }).or(page.getByRole('button', { name: L.settings })).first().click();
      await shootBothThemes(page, `settings-${locale}`);
      await page.getByRole('button', { name: L.signOut }).first().click();
      await page.getByRole('alertdialog').getByRole('button', { name: L.signOut }).click();
      await expect(page.getByLabel(L.key)).toBeVisible();
      expect(h.keychain?.key).toBeNull();
      // The key crossed IPC only inside the sign-in request, never back to the renderer.
      for (const rec of h.ipcLog) expect(JSON.stringify(rec.response)).not.toContain('cog_sim_org');
      for (const ev of h.eventLog) expect(JSON.stringify(ev.payload)).not.toContain('cog_sim_org');
      for (const f of readdirSync(h.userDataDir)) expect(readFileSync(join(h.userDataDir, f), 'utf8')).not.toContain('cog_sim_org');
    });

    test('an enterprise key leads to the org picker', async ({ context }) => {
      const page = await h.open(context);
      await page.getByLabel(L.key).fill('cog_sim_enterprise');
      await page.getByRole('button', { name: L.signIn, exact: true }).click();
      await expect(page.getByRole('heading', { name: L.orgTitle })).toBeVisible();
      await expect(page.getByText('Sim Org Two')).toBeVisible();
      await shootBothThemes(page, `org-picker-${locale}`);
      await page.getByRole('radio', { name: /Sim Org Two/ }).check();
      await page.getByRole('button', { name: L.cont }).click();
      await expect(page.getByRole('banner')).toContainText('Sim Org Two');
      expect(h.core.account.view()).toMatchObject({ signedIn: true, orgId: 'org-sim-2' });
    });

    test('demo mode is labelled DEMO', async ({ context }) => {
      const page = await h.open(context);
      await page.getByRole('button', { name: L.demo }).click();
      await expect(page.locator('.demo-badge')).toContainText('DEMO');
      expect(h.core.account.view()).toMatchObject({ signedIn: true, demo: true });
      await shootBothThemes(page, `demo-${locale}`);
    });
  });
}
