import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { Harness } from './harness';
import { startSim } from '../../src/sim/server';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Settings through the real UI, router and settings store: notification choices persist through
 * `sessions:setNotificationSettings`, a pause and its Resume, desktop switches and a recorded global
 * shortcut persist through `settings:update`; and the tray / deep-link navigation main hands the UI
 * (`desktop:takeNavigation`) lands on the right screen. In English and Chinese, with screenshots of
 * the whole Settings page in both themes.
 */
test.use({ reducedMotion: 'reduce' });

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`settings (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async ({ context }) => {
      await context.close();
      await h.stop();
    });


    /** The whole page in one picture: the window is made as tall as the scrolled content. */
    async function shootWhole(page: Page, name: string) {
      const size = page.viewportSize() ?? { width: 1100, height: 720 };
      const extra = await page.locator('main').evaluate((el) => el.scrollHeight - el.clientHeight);
      await page.setViewportSize({ width: size.width, height: size.height + Math.max(0, extra) });
      await shootBothThemes(page, name);
      await page.setViewportSize(size);
    }

    test('a new API URL asks in main\'s dialog; yes signs out, and the new host never gets the old key', async ({ context }) => {
      const other = await startSim({ seed: 'empty' });
      try {
        const page = await h.open(context);
        await signIn(page, locale);
        await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.settings') }).click();
        const connection = page.getByRole('region', { name: tr('ui.settings.connection') });
        await expect(connection.getByText(tr('ui.settings.apiUrlBound', { origin: h.sim.baseUrl }))).toBeVisible();
        await connection.scrollIntoViewIfNeeded();
        await shootBothThemes(page, `settings-apiurl-${locale}`);

        // No in main's dialog: nothing changes, nothing is shown as an error.
        const field = connection.getByLabel(tr('ui.settings.apiUrl'));
        await field.fill(`${other.baseUrl}/`);
        await connection.getByRole('button', { name: tr('ui.settings.save') }).click();
        await expect.poll(() => h.confirmations.length).toBe(1);
        expect(h.confirmations[0]).toMatchObject({ kind: 'apiUrlChange', message: tr('security.confirm.apiUrl.message', { to: other.baseUrl }) });
        await expect(connection.getByRole('alert')).toHaveCount(0);
        expect(h.core.settings.get().apiBaseUrl).toBe(h.sim.baseUrl);
        expect(h.core.account.view().signedIn).toBe(true);

        // Saving again at once asks nothing: main makes a page wait after a refusal.
        await connection.getByRole('button', { name: tr('ui.settings.save') }).click();
        const tooSoon = tr('error.CONFIRM_TOO_SOON', { seconds: 999 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('999', '\\d+');
        await expect(connection.getByRole('alert')).toContainText(new RegExp(tooSoon));
        expect(h.confirmations).toHaveLength(1);
        h.confirmClockOffsetMs += 5_000;

        // Yes: signed out, the key removed; the sign-in card names the new origin.
        h.answerConfirm = () => true;
        await connection.getByRole('button', { name: tr('ui.settings.save') }).click();
        const keyField = page.getByLabel(tr('ui.onboarding.keyLabel'));
        await expect(keyField).toBeVisible();
        await expect(page.locator('.key-origin')).toContainText(other.baseUrl);
        expect(h.keychain?.key).toBeNull();
        expect(h.core.settings.get().apiBaseUrl).toBe(other.baseUrl);
        await shootBothThemes(page, `onboarding-bound-${locale}`);
        expect(other.control.getRequests().filter((r) => r.hadAuth)).toEqual([]);

        // Signing in there binds the key to it.
        await keyField.fill('cog_sim_org');
        await page.getByRole('button', { name: tr('ui.onboarding.signIn'), exact: true }).click();
        await expect(page.getByRole('banner')).toContainText('org-sim');
        expect(h.keychain?.stored).toEqual({ key: 'cog_sim_org', origin: other.baseUrl });
      } finally {
        await other.close();
      }
    });

    test('notifications, do not disturb, desktop habits and the global shortcut persist', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.settings') }).click();
      const notifications = page.getByRole('region', { name: tr('ui.settings.notifications') });
      const desktop = page.getByRole('region', { name: tr('ui.settings.desktop') });

      await notifications.getByRole('checkbox', { name: tr('ui.settings.notify.kind.pr_opened') }).uncheck();
      await notifications.getByRole('radio', { name: tr('ui.settings.notify.scope.all') }).check();
      await notifications.getByRole('switch', { name: tr('ui.settings.notify.sound') }).uncheck();
      await expect.poll(() => h.core.settings.get().notifications).toMatchObject({ scope: 'all', sound: false, kinds: { pr_opened: false, finished: true } });

      await notifications.getByRole('button', { name: tr('ui.settings.notify.dnd1h') }).click();
      await expect(notifications.getByText(tr('ui.settings.notify.pausedUntil', { time: '' }).trim())).toBeVisible();
      await expect.poll(() => h.core.settings.get().notifications.dndUntil ?? 0).toBeGreaterThan(Date.now() + 59 * 60_000);

      await desktop.getByRole('switch', { name: tr('ui.settings.launchAtLogin') }).check();
      const shortcut = desktop.getByRole('textbox', { name: tr('ui.settings.shortcut') });
      await shortcut.focus();
      await page.keyboard.press('Control+Shift+KeyK');
      await expect(shortcut).toHaveValue('Ctrl+Shift+K');
      await expect.poll(() => h.core.settings.get()).toMatchObject({ launchAtLogin: true, globalShortcut: 'CommandOrControl+Shift+K' });
      await shortcut.blur();
      await page.mouse.move(0, 0);
      await shootWhole(page, `settings-page-${locale}`);

      // Resume, and a key without a modifier is explained and not saved.
      await notifications.getByRole('button', { name: tr('ui.settings.notify.resume') }).click();
      await expect.poll(() => h.core.settings.get().notifications.dndUntil).toBeNull();
      await shortcut.focus();
      await page.keyboard.press('KeyJ');
      await expect(desktop.getByRole('alert')).toBeVisible();
      expect(h.core.settings.get().globalShortcut).toBe('CommandOrControl+Shift+K');
      await shootWhole(page, `settings-states-${locale}`);
      await notifications.getByRole('button', { name: tr('ui.settings.notify.dndCustom') }).click();
      await notifications.getByLabel(tr('ui.settings.notify.dndTime')).fill('23:30');
      await notifications.getByRole('button', { name: tr('ui.settings.notify.dndApply') }).click();
      await expect.poll(() => new Date(h.core.settings.get().notifications.dndUntil ?? 0).getMinutes()).toBe(30);

      // Settings pushed by main (the tray's Resume / Pause) show up at once.
      await h.core.settings.update({ notifications: { ...h.core.settings.get().notifications, dndUntil: null } });
      await expect(notifications.getByRole('button', { name: tr('ui.settings.notify.dnd1h') })).toBeVisible();
      await h.core.settings.update({ notifications: { ...h.core.settings.get().notifications, dndUntil: Date.now() + 4 * 3600_000 } });
      await expect(notifications.getByRole('button', { name: tr('ui.settings.notify.resume') })).toBeVisible();
    });

    test('the tray and deep links take the window where they point', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      const title = page.getByRole('heading', { level: 1 });

      h.core.desktop.navigate({ section: 'settings' });
      await expect(title).toHaveText(tr('ui.nav.settings'));
      h.core.desktop.navigate({ section: 'sessions', newSession: true });
      await expect(page.getByRole('dialog', { name: tr('ui.sessions.composer.title') })).toBeVisible();
      await expect(title).toHaveText(tr('ui.nav.sessions'));
      await page.keyboard.press('Escape');
      h.core.desktop.navigate({ section: 'handoff', task: locale === 'en' ? 'From the tray' : '来自托盘' });
      await expect(title).toHaveText(tr('ui.nav.handoff'));

      // `?` opens the shortcut sheet anywhere in the shell.
      await page.locator('body').press('?');
      await expect(page.getByRole('dialog', { name: tr('desktop.shortcuts.title') })).toBeVisible();
    });
  });
}
