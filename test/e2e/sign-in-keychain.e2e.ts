import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { Harness } from './harness';
import { translate } from '../../src/shared/i18n';
import { shootBothThemes } from './screens';

/*
 * #13 points 2 and 3: signing in without a keychain, and notices that are accurate, translated and
 * cleared when they stop being true. Real UI, router, account service and devin-sim.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  const tr = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);

  test.describe(`sign-in without a keychain (${locale})`, () => {
    let h: Harness | null = null;
    test.afterEach(async () => {
      await h?.stop();
      h = null;
    });

    test('no keychain from the start: the page says the key stays in memory, and an enterprise key signs in there', async ({ context }) => {
      h = await new Harness({ settings: { locale }, keychainUnavailable: true }).start();
      const page = await h.open(context);
      await expect(page.getByText(tr('ui.onboarding.point.keyMemory'))).toBeVisible();
      await expect(page.getByText(tr('ui.onboarding.point.key'))).toHaveCount(0);
      // A fresh start with no key ever saved says nothing about a saved key.
      await expect(page.getByRole('region', { name: tr('ui.notices.label') })).toHaveCount(0);
      await shootBothThemes(page, `onboarding-no-keychain-${locale}`);

      await page.getByLabel(tr('ui.onboarding.keyLabel')).fill('cog_sim_enterprise');
      await page.getByRole('button', { name: tr('ui.onboarding.signIn'), exact: true }).click();
      await page.getByRole('radio', { name: /Sim Org Two/ }).check();
      await page.getByRole('button', { name: tr('ui.onboarding.org.continue') }).click();
      await expect(page.getByRole('banner')).toContainText('Sim Org Two');
      expect(h.core.account.view()).toMatchObject({ signedIn: true, orgId: 'org-sim-2', keyStore: 'memory' });
      expect(h.keychain?.key).toBeNull();
    });

    test('the keychain refuses at Continue: the error offers memory, and Continue in memory works', async ({ context }) => {
      h = await new Harness({ settings: { locale } }).start();
      const page = await h.open(context);
      await page.getByLabel(tr('ui.onboarding.keyLabel')).fill('cog_sim_enterprise');
      await page.getByRole('button', { name: tr('ui.onboarding.signIn'), exact: true }).click();
      await page.getByRole('radio', { name: /Sim Org Two/ }).check();
      h.keychain!.unavailable = true;
      await page.getByRole('button', { name: tr('ui.onboarding.org.continue') }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(tr('account.keychain.noDbus'));
      await shootBothThemes(page, `org-picker-no-keychain-${locale}`);
      await alert.getByRole('button', { name: tr('ui.onboarding.memoryOnly') }).click();
      await expect(page.getByRole('banner')).toContainText('Sim Org Two');
      expect(h.core.account.view()).toMatchObject({ signedIn: true, orgId: 'org-sim-2', keyStore: 'memory' });
    });

    test('a saved key the keychain cannot give back: a translated notice, gone once signed in and not back after sign-out', async ({ context }) => {
      h = await new Harness({ settings: { locale, keyInKeychain: true, orgId: 'org-sim' }, keychainUnavailable: true }).start();
      const page = await h.open(context);
      const notices = page.getByRole('region', { name: tr('ui.notices.label') });
      await expect(notices).toContainText(tr('account.notice.restoreFailed', { message: '' }).replace(/[:：]\s*$/, ''));
      await expect(notices).toContainText(tr('account.keychain.noDbus'));
      await shootBothThemes(page, `onboarding-restore-failed-${locale}`);

      await page.getByLabel(tr('ui.onboarding.keyLabel')).fill('cog_sim_org');
      await page.getByRole('button', { name: tr('ui.onboarding.signIn'), exact: true }).click();
      await expect(page.getByRole('banner')).toContainText('org-sim');
      await expect(notices).toHaveCount(0);

      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.settings') }).click();
      await expect(page.getByText(tr('ui.settings.keyStore.memory'))).toBeVisible();
      await page.getByRole('button', { name: tr('ui.settings.signOut') }).first().click();
      await page.getByRole('alertdialog').getByRole('button', { name: tr('ui.settings.signOut') }).click();
      await expect(page.getByLabel(tr('ui.onboarding.keyLabel'))).toBeVisible();
      await expect(notices).toHaveCount(0);
    });
  });
}

test.describe('sign-in with no D-Bus session at all (the real keychain)', () => {
  let h: Harness | null = null;
  const saved = process.env['DBUS_SESSION_BUS_ADDRESS'];
  test.afterEach(async () => {
    await h?.stop();
    h = null;
    if (saved === undefined) delete process.env['DBUS_SESSION_BUS_ADDRESS'];
    else process.env['DBUS_SESSION_BUS_ADDRESS'] = saved;
  });

  test('an enterprise key → org → Continue signs in, in memory', async ({ context }) => {
    // libdbus reads the address once per process; no other e2e touches the real keychain.
    process.env['DBUS_SESSION_BUS_ADDRESS'] = `unix:path=${join(test.info().outputDir, 'no-such-bus')}`;
    h = await new Harness({ settings: { locale: 'en' }, realKeychain: true }).start();
    const page = await h.open(context);
    await expect(page.getByText(translate('en', 'ui.onboarding.point.keyMemory'))).toBeVisible();
    await expect(page.getByRole('region', { name: translate('en', 'ui.notices.label') })).toHaveCount(0);
    await page.getByLabel(translate('en', 'ui.onboarding.keyLabel')).fill('cog_sim_enterprise');
    await page.getByRole('button', { name: translate('en', 'ui.onboarding.signIn'), exact: true }).click();
    await page.getByRole('radio', { name: /Sim Org Two/ }).check();
    await page.getByRole('button', { name: translate('en', 'ui.onboarding.org.continue') }).click();
    await expect(page.getByRole('banner')).toContainText('Sim Org Two');
    expect(h.core.account.view()).toMatchObject({ signedIn: true, orgId: 'org-sim-2', keyStore: 'memory', keychainUnavailable: true });
  });
});
