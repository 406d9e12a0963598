import { rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { serveUpdateFeed } from '../../src/main/electron/testing/local-feed-server';
import { localFeedUpdater } from '../../src/main/electron/testing/local-feed-updater';
import { createUpdaterDriver } from '../../src/main/electron/updater-driver';
import type { CoreOptions } from '../../src/main/core';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Settings › Updates through the real UI, router and update service, with electron-updater itself
 * (under Node, see local-feed-updater.ts) reading a release feed on loopback and downloading the
 * installer: "Check now" → downloading → "Restart to update"; a feed with no release says so; a
 * development run (no updater) and demo mode say updates are off. English and Chinese, both themes.
 */
test.use({ reducedMotion: 'reduce' });

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`updates (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    const cleanups: (() => Promise<void> | void)[] = [];
    test.afterEach(async ({ context }) => {
      await context.close();
      for (const c of cleanups.splice(0).reverse()) await c();
    });

    async function start(opts: { feedVersion?: string; missing?: boolean; updater?: boolean; demo?: boolean } = {}) {
      let updates: CoreOptions['updates'];
      if (opts.updater !== false) {
        const feed = await serveUpdateFeed({ version: opts.feedVersion ?? '9.9.0', ...(opts.missing ? { missing: true } : {}) });
        cleanups.push(feed.close);
        const updater = localFeedUpdater({ feedUrl: feed.url, platform: 'win32', version: '0.1.0' });
        cleanups.push(() => rmSync(updater.dir, { recursive: true, force: true }));
        updates = { driver: createUpdaterDriver(updater) };
      }
      const h = await new Harness({ settings: { locale }, ...(updates ? { updates } : {}), ...(opts.demo ? { env: { DEVIN_TRAY_DEMO: '1' } } : {}) }).start();
      cleanups.push(() => h.stop());
      return h;
    }

    const openUpdates = async (page: Page) => {
      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.settings') }).click();
      const region = page.getByRole('region', { name: tr('ui.update.title') });
      await region.scrollIntoViewIfNeeded();
      return region;
    };

    test('check now finds a release, downloads it and offers "Restart to update"', async ({ context }) => {
      const h = await start();
      const page = await h.open(context);
      await signIn(page, locale);
      const region = await openUpdates(page);
      await expect(region.getByRole('status')).toContainText(tr('ui.update.idleNever'));
      await expect(region.getByRole('switch', { name: tr('ui.update.toggle') })).toBeChecked();
      await shootBothThemes(page, `settings-updates-idle-${locale}`);
      await region.getByRole('button', { name: tr('ui.update.checkNow') }).click();
      await expect(region.getByRole('status')).toContainText(tr('ui.update.ready', { version: '9.9.0' }));
      await expect(region.getByRole('button', { name: tr('ui.update.restart') })).toBeVisible();
      expect(h.core.updates.trayOffer()).toEqual({ version: '9.9.0' });
      await shootBothThemes(page, `settings-updates-ready-${locale}`);
    });

    test('a feed without a release says so and plans the next try; turning updates off stops them', async ({ context }) => {
      const h = await start({ missing: true });
      const page = await h.open(context);
      await signIn(page, locale);
      const region = await openUpdates(page);
      await region.getByRole('button', { name: tr('ui.update.checkNow') }).click();
      await expect(region.getByRole('status')).toContainText(tr('ui.update.failed', { reason: tr('ui.update.error.no-release') }));
      // "Next check {time}.": the words before the time.
      await expect(region.getByRole('status')).toContainText(tr('ui.update.nextCheck', { time: '\u0000' }).split('\u0000')[0] ?? '');
      await shootBothThemes(page, `settings-updates-failed-${locale}`);
      await region.getByRole('switch', { name: tr('ui.update.toggle') }).click();
      await expect(region.getByRole('status')).toContainText(tr('ui.update.off.setting'));
      await expect.poll(() => h.core.settings.get().autoUpdate).toBe(false);
      await expect(region.getByRole('button', { name: tr('ui.update.checkNow') })).toHaveCount(0);
    });

    test('a development run and demo mode have updates off, and say why', async ({ context }) => {
      const dev = await start({ updater: false });
      const page = await dev.open(context);
      await signIn(page, locale);
      const region = await openUpdates(page);
      await expect(region.getByRole('status')).toContainText(tr('ui.update.off.unpackaged'));
      await expect(region.getByRole('switch', { name: tr('ui.update.toggle') })).toBeDisabled();
      await shootBothThemes(page, `settings-updates-off-${locale}`);

      const demo = await start({ demo: true });
      const demoPage = await demo.open(context);
      const demoRegion = await openUpdates(demoPage);
      await expect(demoRegion.getByRole('status')).toContainText(tr('ui.update.off.demo'));
    });
  });
}
