import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * The renderer loads one language's messages at a time (scripts/renderer-i18n-plugin.ts): the
 * window asks only for the chunk of the language it shows, and Settings' language switch loads the
 * other one on first use without a blank window or a flash of raw message keys.
 */
test.use({ reducedMotion: 'reduce' });

/** A message key as text on screen (`ui.nav.settings`), which would mean its words were not loaded. */
const RAW_KEY = /\b(ui|sessions|settings|errors|account|attachments|handoff|library|cron|update|network|security|checkout|desktop)\.[a-z][\w-]*\.[\w.-]+/;

/** Records which locale chunks the page fetches, and every text the body shows, from the first paint on. */
async function watch(page: Page): Promise<{ chunks: string[]; texts: () => Promise<string[]> }> {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const m = /\/assets\/(en|zh-CN)-[\w-]+\.js$/.exec(request.url());
    if (m) chunks.push(m[1] as string);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __texts: string[] }).__texts = seen;
    new MutationObserver(() => {
      const text = document.body?.innerText ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return { chunks, texts: () => page.evaluate(() => (window as unknown as { __texts: string[] }).__texts) };
}

test.describe('language loading', () => {
  let h: Harness;
  test.afterEach(async ({ context }) => {
    await context.close();
    await h.stop();
  });

  test('an English window loads only English; Settings switches to 简体中文 and back at once', async ({ context }) => {
    h = await new Harness({ settings: { locale: 'en' } }).start();
    let seen!: Awaited<ReturnType<typeof watch>>;
    const page = await h.open(context, async (p) => {
      seen = await watch(p);
    });
    const en = (key: MessageKey) => translate('en', key);
    const zh = (key: MessageKey) => translate('zh-CN', key);
    await signIn(page, 'en');
    await page.getByRole('navigation').getByRole('link', { name: en('ui.nav.settings') }).click();
    await expect(page.getByRole('heading', { level: 1, name: en('ui.nav.settings') })).toBeVisible();
    expect(seen.chunks).toEqual(['en']);

    await page.getByRole('radio', { name: en('ui.settings.language.zh-CN') }).click();
    await expect(page.getByRole('heading', { level: 1, name: zh('ui.nav.settings') })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: zh('ui.nav.settings') })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: en('ui.nav.settings') })).toHaveCount(0);
    await expect.poll(() => h.core.settings.get().locale).toBe('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(seen.chunks).toEqual(['en', 'zh-CN']);
    await page.mouse.move(0, 0);
    await shootBothThemes(page, 'language-switched-zh-CN');

    await page.getByRole('radio', { name: zh('ui.settings.language.en') }).click();
    await expect(page.getByRole('heading', { level: 1, name: en('ui.nav.settings') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect.poll(() => h.core.settings.get().locale).toBe('en');
    await page.mouse.move(0, 0);
    await shootBothThemes(page, 'language-switched-en');
    // Back to English needs no second load: both are in memory now.
    expect(seen.chunks).toEqual(['en', 'zh-CN']);

    const texts = await seen.texts();
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => RAW_KEY.test(t))).toEqual([]);
  });

  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    test(`a window set to ${locale} loads only its own messages and never shows a key or another language first`, async ({ context }) => {
      h = await new Harness({ settings: { locale } }).start();
      let seen!: Awaited<ReturnType<typeof watch>>;
      const page = await h.open(context, async (p) => {
        seen = await watch(p);
      });
      // Chromium here reports an English system, so 'zh-CN' shows the setting wins over the OS.
      expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
      await expect(page.getByLabel(translate(locale, 'ui.onboarding.keyLabel'))).toBeVisible();
      await signIn(page, locale);
      await expect(page.getByRole('navigation').getByRole('link', { name: translate(locale, 'ui.nav.settings') })).toBeVisible();
      expect(seen.chunks).toEqual([locale]);
      const texts = await seen.texts();
      expect(texts.filter((t) => RAW_KEY.test(t))).toEqual([]);
      const other: Locale = locale === 'en' ? 'zh-CN' : 'en';
      expect(texts.filter((t) => t.includes(translate(other, 'ui.onboarding.keyLabel')))).toEqual([]);
    });
  }
});
