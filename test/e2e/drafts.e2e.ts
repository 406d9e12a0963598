import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Issue #13 point 1 through the real UI, router, drafts store and devin-sim: nothing typed is lost.
 * - the composer: Esc on a changed draft asks (Keep editing / Discard); the draft is on disk
 *   (drafts.json in userData), comes back after a window reload, and a created session clears it;
 * - a reply: kept when another session is opened and after a reload; sent, it is cleared;
 * - a library editor: Esc asks; leaving the section keeps the draft, offered back with Resume.
 * In English and Chinese, screenshots in both themes.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`drafts (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    const go = (page: Page, nav: MessageKey) => page.getByRole('navigation').getByRole('link', { name: tr(nav) }).click();
    // `n` only works once the Sessions screen has mounted its shortcuts; a fresh window can show the
    // banner before that, and the key would be lost. Wait for the screen's own New session button.
    const pressNewSession = async (page: Page) => {
      await expect(page.getByRole('button', { name: tr('ui.sessions.newSession') })).toBeVisible();
      await page.keyboard.press('n');
    };
    const onDisk = (): Record<string, { fields: Record<string, unknown> }> => {
      const file = join(h.userDataDir, 'drafts.json');
      return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { orgs: Record<string, Record<string, { fields: Record<string, unknown> }>> }).orgs['org-sim'] ?? {}) : {};
    };
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
    });

    test('the composer asks before discarding, keeps its draft across a reload, and a created session clears it', async ({ context }) => {
      h.sim.control.createSession({ title: locale === 'en' ? 'Existing work' : '已有工作' });
      let page = await h.open(context);
      await signIn(page, locale);
      await pressNewSession(page);
      let dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      const prompt = locale === 'en' ? 'Move the nightly build to Node 22 and fix what breaks.' : '把夜间构建迁移到 Node 22，并修复出错的地方。';
      const title = locale === 'en' ? 'Node 22 nightly' : 'Node 22 夜间构建';
      await dialog.getByLabel(tr('ui.sessions.composer.prompt')).fill(prompt);
      await dialog.getByLabel(tr('ui.sessions.composer.sessionTitle')).fill(title);
      await expect.poll(() => onDisk()['composer:new']?.fields).toMatchObject({ prompt, title });

      // Esc on a changed draft asks; Keep editing keeps everything.
      await page.keyboard.press('Escape');
      const ask = page.getByRole('alertdialog', { name: tr('ui.drafts.discard.title') });
      await expect(ask).toBeVisible();
      await expect(ask.getByRole('button', { name: tr('ui.drafts.discard.keep') })).toBeFocused();
      await shootBothThemes(page, `drafts-composer-ask-${locale}`);
      await ask.getByRole('button', { name: tr('ui.drafts.discard.keep') }).click();
      await expect(ask).toBeHidden();
      await expect(dialog.getByLabel(tr('ui.sessions.composer.prompt'))).toHaveValue(prompt);

      // A reload (the window is gone without a word): the draft comes back when the composer opens.
      await page.reload();
      await expect(page.getByRole('banner')).toContainText('org-sim');
      await pressNewSession(page);
      dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      await expect(dialog.getByLabel(tr('ui.sessions.composer.prompt'))).toHaveValue(prompt);
      await expect(dialog.getByLabel(tr('ui.sessions.composer.sessionTitle'))).toHaveValue(title);
      await expect(dialog.getByRole('status').filter({ hasText: tr('ui.drafts.startOver') })).toBeVisible();
      await shootBothThemes(page, `drafts-composer-restored-${locale}`);

      // A new window (another sender) sees the same draft: it lives in main, not in the page.
      await page.close();
      page = await h.open(context);
      await expect(page.getByRole('banner')).toContainText('org-sim');
      await pressNewSession(page);
      dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      await expect(dialog.getByLabel(tr('ui.sessions.composer.prompt'))).toHaveValue(prompt);

      // Created: exactly one session, and the draft is gone from disk.
      await dialog.getByLabel(tr('ui.sessions.composer.prompt')).press('Control+Enter');
      await expect(dialog).toBeHidden();
      expect(h.ipcLog.filter((r) => r.channel === 'sessions:create')).toHaveLength(1);
      await expect.poll(() => Object.keys(onDisk())).not.toContain('composer:new');
      await pressNewSession(page);
      await expect(page.getByRole('dialog', { name: tr('ui.sessions.composer.title') }).getByLabel(tr('ui.sessions.composer.prompt'))).toHaveValue('');
    });

    test('a half-written reply stays with its session across switching and a reload; sent, it is cleared', async ({ context }) => {
      const a = h.sim.control.createSession({ title: locale === 'en' ? 'Fix the login test' : '修复登录测试', status: 'running', status_detail: 'waiting_for_user', messages: [{ source: 'devin', message: locale === 'en' ? 'Which browser?' : '哪个浏览器？' }] });
      const b = h.sim.control.createSession({ title: locale === 'en' ? 'Write release notes' : '撰写发布说明' });
      const page = await h.open(context);
      await signIn(page, locale);
      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      const open = async (title: string) => {
        await list.getByRole('treeitem', { name: new RegExp(title) }).click();
        await expect(page.getByRole('article', { name: title })).toBeVisible();
        return page.getByRole('article', { name: title });
      };
      let detail = await open(a.title!);
      const reply = locale === 'en' ? 'Chrome on Linux, and only when' : 'Linux 上的 Chrome，而且只在';
      await detail.getByRole('textbox', { name: tr('ui.sessions.reply.label') }).fill(reply);
      await expect.poll(() => onDisk()[`reply:${a.session_id}`]?.fields).toMatchObject({ text: reply });

      await open(b.title!);
      detail = await open(a.title!);
      await expect(detail.getByRole('textbox', { name: tr('ui.sessions.reply.label') })).toHaveValue(reply);

      await page.reload();
      await expect(page.getByRole('banner')).toContainText('org-sim');
      detail = await open(a.title!);
      const box = detail.getByRole('textbox', { name: tr('ui.sessions.reply.label') });
      await expect(box).toHaveValue(reply);
      await shootBothThemes(page, `drafts-reply-restored-${locale}`);

      await box.press('Control+Enter');
      await expect(box).toHaveValue('');
      await expect.poll(() => Object.keys(onDisk())).not.toContain(`reply:${a.session_id}`);
      expect(h.ipcLog.filter((r) => r.channel === 'sessions:send').map((r) => r.request)).toEqual([expect.objectContaining({ sessionId: a.session_id, message: reply })]);
    });

    test('a library editor asks on Esc, and a draft left behind is offered back', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await go(page, 'ui.nav.knowledge');
      await page.getByRole('button', { name: tr('knowledge.new') }).first().click();
      const name = locale === 'en' ? 'Billing conventions' : '计费约定';
      await page.getByLabel(tr('knowledge.field.name'), { exact: true }).fill(name);
      await expect.poll(() => onDisk()['note:new']?.fields).toMatchObject({ name });

      await page.getByLabel(tr('knowledge.field.name'), { exact: true }).press('Escape');
      const ask = page.getByRole('alertdialog', { name: tr('ui.drafts.discard.title') });
      await expect(ask).toBeVisible();
      await shootBothThemes(page, `drafts-note-ask-${locale}`);
      await ask.getByRole('button', { name: tr('ui.drafts.discard.keep') }).click();
      await expect(page.getByLabel(tr('knowledge.field.name'), { exact: true })).toHaveValue(name);

      // Leave the section: the draft stays, and is offered back where the detail is empty.
      await go(page, 'ui.nav.playbooks');
      await go(page, 'ui.nav.knowledge');
      const offered = page.getByRole('region', { name: tr('ui.drafts.library.title') });
      await expect(offered).toContainText(tr('ui.drafts.library.newItem'));
      await expect(offered).toContainText(name);
      await shootBothThemes(page, `drafts-library-offered-${locale}`);
      await offered.getByRole('button', { name: new RegExp(tr('ui.drafts.library.resume')) }).click();
      await expect(page.getByLabel(tr('knowledge.field.name'), { exact: true })).toHaveValue(name);

      // Discard through the question: gone from disk, nothing created.
      await page.getByRole('button', { name: tr('library.cancel') }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: tr('ui.drafts.discard.confirm') }).click();
      await expect(page.getByRole('form')).toHaveCount(0);
      await expect.poll(() => Object.keys(onDisk())).not.toContain('note:new');
      expect(h.ipcLog.filter((r) => r.channel === 'knowledge:create')).toHaveLength(0);
    });
  });
}
