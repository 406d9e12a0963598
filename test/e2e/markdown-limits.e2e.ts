import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { translate, type Locale } from '../../src/shared/i18n';
import { Harness } from './harness';
import { shootBothThemes } from './screens';
import { signIn } from './sign-in';

/**
 * Markdown bombs in a real session, through the real UI, router and devin-sim: 3 KB of nested `>`
 * used to overflow the Markdown renderer's stack and blank the whole window, again after every
 * reload. Now each bomb shows as plain text and the window keeps working.
 */
const QUOTES = '>'.repeat(3000);
const LISTS = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
const MIXED = '> - 1. '.repeat(500) + 'bottom';
const HUGE = Array.from({ length: 4000 }, (_, i) => `line ${i + 1}: ${'lorem ipsum dolor sit amet '.repeat(3)}`).join('\n');

for (const locale of ['en', 'zh-CN'] as const) {
  const tr = (key: string, params?: Record<string, string | number>) => translate(locale as Locale, key, params);

  test(`Markdown bombs show as plain text and the window keeps working, also after reload (${locale})`, async ({ context }) => {
    const h = await new Harness({ settings: { locale } }).start();
    try {
      const title = locale === 'en' ? 'Parser torture test' : '解析器压力测试';
      const session = h.sim.control.createSession({ title, status: 'running', status_detail: 'waiting_for_user' });
      const id = session.session_id;
      const ordinary = locale === 'en' ? 'Here is the **summary** you asked for.' : '这是你要的**摘要**。';
      for (const message of [QUOTES, LISTS, MIXED, HUGE, ordinary]) h.sim.control.addSessionMessage(id, { source: 'devin', message });

      const page = await h.open(context);
      await signIn(page, locale);
      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      await list.getByRole('treeitem', { name: new RegExp(title) }).click();
      await expect(page).toHaveURL(new RegExp(`#/sessions/${id}$`));

      await expectBombsContained(page, title, ordinary, tr);
      await showNote(page, title, 0);
      await shootBothThemes(page, `markdown-limits-${locale}`);

      // The rest of the window works: the composer opens and closes, the list still answers.
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
      const composer = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      await expect(composer).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(composer).toBeHidden();

      // The same messages come back after a reload: still plain text, never a blank window.
      await page.goto(`${h.rendererUrl}#/sessions/${id}`);
      await page.reload();
      await expect(page.getByRole('banner')).toContainText('org-sim');
      await expectBombsContained(page, title, ordinary, tr);

      // The huge one: the rest is one click away, and nothing is lost.
      const article = page.getByRole('article', { name: title });
      await article.getByRole('button', { name: new RegExp(tr('library.markdown.plain.showAll', { total: '.*', size: '.*' }).replace(/[()（）]/g, '.')) }).click();
      await expect(article.locator('.markdown-plain-text').filter({ hasText: 'line 4000:' })).toHaveCount(1);
      const texts = await article.locator('.markdown-plain-text').allTextContents();
      expect(texts).toEqual([QUOTES, LISTS, MIXED, HUGE]);
      await showNote(page, title, 2);
      await shootBothThemes(page, `markdown-limits-after-reload-${locale}`);
    } finally {
      await h.stop();
    }
  });
}

async function expectBombsContained(page: Page, title: string, ordinary: string, tr: (key: string) => string): Promise<void> {
  const article = page.getByRole('article', { name: title });
  await expect(article.getByRole('heading', { level: 2, name: title })).toBeVisible();
  const notes = article.locator('.markdown-plain-note');
  await expect(notes).toHaveText([tr('library.markdown.plain.too-deep'), tr('library.markdown.plain.too-deep'), tr('library.markdown.plain.too-deep'), tr('library.markdown.plain.too-long')]);
  // The ordinary message after them is still formatted.
  const strong = ordinary.match(/\*\*(.+?)\*\*/)?.[1] ?? '';
  await expect(article.locator('.message-body strong', { hasText: strong })).toBeVisible();
  // Plain text is selectable, and takes its direction from the text.
  const first = article.locator('.markdown-plain-text').first();
  await expect(first).toHaveAttribute('dir', 'auto');
  const selected = await first.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    return { text: sel?.toString() ?? '', userSelect: getComputedStyle(el).userSelect };
  });
  expect(selected.userSelect).not.toBe('none');
  expect(selected.text).toBe(QUOTES);
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
}

/** Scrolls the n-th "shown as plain text" note to the top of the conversation, for the screenshots. */
async function showNote(page: Page, title: string, n: number): Promise<void> {
  await page
    .getByRole('article', { name: title })
    .locator('.markdown-plain-note')
    .nth(n)
    .evaluate((el) => el.closest('.message')?.scrollIntoView({ block: 'start' }));
}
