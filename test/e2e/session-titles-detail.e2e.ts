import { expect, test, type Locator } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { promptTitle } from '../../src/shared/sessions/display-title';
import { trayMenuModel } from '../../src/shared/sessions/tray-menu';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Issue #13 points 5 and 10 through the real UI, router, tracker and devin-sim:
 * - untitled sessions are named by the first line of their prompt in the list, the detail, search,
 *   notifications and the tray menu (a session made elsewhere: its first message; one made in the
 *   composer: the prompt we sent); the detail shows the prompt (collapsed when long), the
 *   repository and the PR with its state;
 * - the detail: PR label not cut, full URL as its title; "Waiting for approval" says what to do and
 *   links to the web app; your messages say "You"; Arabic text laid out right to left; the "+N"
 *   tag chip is whole at a narrow width.
 * In English and Chinese, screenshots in both themes.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`session titles and detail (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
    });

    test('untitled sessions take their prompt as a name everywhere; the detail shows prompt, repo and PR state', async ({ context }) => {
      const longPrompt =
        locale === 'en'
          ? '## Make the **checkout page** load faster on slow 3G connections by deferring the analytics bundle and lazy-loading the payment widgets\n\n' +
            'Measure before and after with Lighthouse on a throttled profile and put both reports in the PR description.\n\n' +
            '- keep the bundle budget under 180 kB\n- do not change the payment provider SDK version\n- add a regression test for the deferred loader\n- note anything you could not measure'
          : '## 让**结账页面**在慢速 3G 网络下更快加载：推迟加载分析脚本包，并对支付组件做懒加载，同时保证所有现有的端到端测试都能继续稳定通过\n\n' +
            '请用 Lighthouse 在限速配置下测量优化前后的结果，并把两份报告放进拉取请求的描述里。\n\n' +
            '- 包体积预算保持在 180 kB 以内\n- 不要更改支付服务商 SDK 的版本\n- 为延迟加载器添加回归测试\n- 记下无法测量的部分';
      const searchWord = locale === 'en' ? 'Lighthouse' : '限速配置';
      const untitled = h.sim.control.createSession({
        title: null,
        tags: ['web', 'perf'],
        messages: [
          { source: 'user', message: longPrompt },
          { source: 'devin', message: locale === 'en' ? 'On it. I will start with a baseline run.' : '收到，我先跑一次基线测量。' },
        ],
        pull_requests: [{ pr_url: 'https://github.com/acme/web-dashboard/pull/1842', pr_state: 'open' }],
      });
      h.sim.control.createSession({ title: locale === 'en' ? 'Write the release notes' : '撰写发布说明' });
      const expectedTitle = promptTitle(longPrompt)!;
      expect(expectedTitle.endsWith('…')).toBe(true);
      expect(expectedTitle).not.toContain('**');

      const page = await h.open(context);
      await signIn(page, locale);
      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      const row = list.getByRole('treeitem', { name: new RegExp(escapeRe(expectedTitle)) });
      await expect(row).toBeVisible({ timeout: 20_000 });
      await expect(list.getByText(untitled.session_id)).toHaveCount(0); // never the hex id
      // The cost: one first-message read for the untitled session, none for the titled one.
      const reads = h.sim.control.getRequests().filter((r) => r.route.endsWith('/sessions/:id/messages'));
      expect(reads.map((r) => [r.path.includes(untitled.session_id), r.query.first])).toEqual([[true, '1']]);

      // Search finds a word from deep inside the prompt.
      const search = page.getByRole('searchbox', { name: tr('ui.sessions.searchLabel') });
      await search.fill(searchWord);
      await expect(list.getByRole('treeitem', { name: new RegExp(escapeRe(expectedTitle)) })).toBeVisible();
      await expect(list.getByRole('treeitem', { name: new RegExp(locale === 'en' ? 'Write the release notes' : '撰写发布说明') })).toHaveCount(0);

      // The detail: the name, the prompt (collapsed), the repository and the PR with its state.
      await row.click();
      const detail = page.getByRole('article', { name: expectedTitle });
      await expect(detail.getByRole('heading', { level: 2, name: expectedTitle })).toBeVisible();
      const prompt = detail.getByRole('region', { name: tr('ui.sessionDetail.prompt') });
      const toggle = prompt.getByRole('button', { name: tr('ui.sessionDetail.promptShowAll') });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(detail.getByText('acme/web-dashboard', { exact: true })).toBeVisible();
      const pr = detail.getByRole('link', { name: tr('ui.sessions.pr.link', { label: 'acme/web-dashboard#1842', state: tr('ui.sessions.pr.open') }) });
      await expect(pr).toHaveAttribute('title', 'https://github.com/acme/web-dashboard/pull/1842');
      await expect(pr).toHaveText('acme/web-dashboard#1842');
      await expect(detail.locator('.pr-state')).toHaveText(tr('ui.sessions.pr.open'));
      await page.setViewportSize({ width: 1100, height: 900 });
      await detail.locator('.detail-body').evaluate((el) => el.scrollTo({ top: 0 }));
      await shootBothThemes(page, `session-untitled-prompt-${locale}`);
      await toggle.click();
      await expect(prompt.getByRole('button', { name: tr('ui.sessionDetail.promptShowLess') })).toHaveAttribute('aria-expanded', 'true');
      await expect(prompt.getByText(locale === 'en' ? 'note anything you could not measure' : '记下无法测量的部分')).toBeVisible();
      await shootBothThemes(page, `session-untitled-prompt-open-${locale}`);
      await search.fill('');

      // Made here without a title: named by the prompt we sent (no read needed), in the
      // notification and the tray menu too.
      await page.keyboard.press('Escape');
      await page.keyboard.press('n');
      const dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      await expect(dialog).toBeVisible();
      const sent = locale === 'en' ? 'Bump lodash to 4.17.21 in acme/api\nand run the unit tests.' : '把 acme/api 中的 lodash 升级到 4.17.21\n并运行单元测试。';
      const sentTitle = promptTitle(sent)!;
      await dialog.getByLabel(tr('ui.sessions.composer.prompt')).fill(sent);
      const repos = dialog.getByRole('textbox', { name: tr('ui.sessions.composer.repos') });
      await repos.fill('acme/api');
      await repos.press('Enter');
      await dialog.getByLabel(tr('ui.sessions.composer.prompt')).press('Control+Enter');
      await expect(dialog).toBeHidden();
      const create = h.ipcLog.filter((r) => r.channel === 'sessions:create').at(-1)!;
      const id = (create.response as { ok: true; value: { sessionId: string } }).value.sessionId;
      const made = page.getByRole('article', { name: sentTitle });
      await expect(made.getByRole('heading', { level: 2, name: sentTitle })).toBeVisible();
      await expect(made.getByText('acme/api', { exact: true })).toBeVisible();
      await expect(list.getByRole('treeitem', { name: new RegExp(escapeRe(sentTitle)) })).toBeVisible();
      h.sim.control.setSessionStatus(id, { status: 'running', status_detail: 'finished' });
      await h.core.sessions.refresh();
      await expect.poll(() => h.notifications.filter((n) => n.sessionId === id).map((n) => n.title)).toEqual([tr('sessions.notify.finished.title', { title: sentTitle })]);
      const menu = trayMenuModel({ signedIn: true, sessions: h.core.sessions.list({}), locale, dndUntil: null, nowMs: Date.now() });
      const labels = menu.flatMap((i) => ('label' in i ? [i.label] : []));
      expect(labels.some((l) => l.startsWith(expectedTitle.slice(0, 12)))).toBe(true);
      expect(labels.some((l) => l.startsWith(sentTitle))).toBe(true);
      expect(labels.join('\n')).not.toContain('devin-');
    });

    test('detail: approval hint, "You", Arabic text, the "+N" chip and the PR link', async ({ context }) => {
      const title = locale === 'en' ? 'Migrate the orders table' : '迁移订单表';
      const longPr = 'https://github.com/acme/enterprise-billing-and-invoicing-platform/pull/20931';
      const waiting = h.sim.control.createSession({
        title,
        status: 'running',
        status_detail: 'waiting_for_approval',
        tags: ['db', 'migration', 'backend', 'urgent', 'q4-release', 'infra'],
        pull_requests: [{ pr_url: longPr, pr_state: 'merged' }],
        messages: [
          { source: 'user', message: locale === 'en' ? 'Move the orders table to the new schema.' : '把订单表迁移到新的 schema。' },
          { source: 'devin', message: locale === 'en' ? 'Here is the plan. Shall I run the migration on staging?' : '计划如下。要我在预发环境执行迁移吗？' },
          { source: 'user', message: 'مرحبا! هل يمكنك تشغيل الترحيل على بيئة الاختبار أولاً؟' },
          {
            source: 'devin',
            message: locale === 'en' ? 'Sure, running it on staging.\n\nسأشغّل الترحيل على بيئة الاختبار الآن.' : '好的，在预发环境执行。\n\nسأشغّل الترحيل على بيئة الاختبار الآن.',
          },
        ],
      });
      const page = await h.open(context);
      await signIn(page, locale);
      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      const row = list.getByRole('treeitem', { name: new RegExp(title) });
      await row.click();
      const detail = page.getByRole('article', { name: title });

      // What to do while Devin waits for approval, and where.
      const hint = detail.getByRole('note', { name: tr('ui.sessionDetail.approvalTitle') });
      await expect(hint).toContainText(tr('ui.sessionDetail.approvalBody'));
      await hint.getByRole('link', { name: tr('ui.sessionDetail.approvalOpen') }).click();
      await expect.poll(() => h.externalOpened).toEqual([waiting.url]);

      // Your messages say "You"; message text takes its direction from its words.
      const timeline = detail.getByRole('region', { name: tr('ui.sessions.detail.conversation') });
      const arabic = timeline.locator('.message.from-user').filter({ hasText: 'مرحبا' });
      await expect(arabic.locator('.message-who')).toHaveText(tr('ui.sessions.detail.fromUser'));
      await expect(timeline.locator('.message-who', { hasText: locale === 'en' ? 'User' : '用户' })).toHaveCount(0);
      await expect(arabic.locator('.message-text')).toHaveAttribute('dir', 'auto');
      expect(await arabic.locator('.message-text').evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
      const mixed = timeline.locator('.message.from-devin').last();
      expect(await mixed.locator('.message-text').evaluate((el) => el.matches(':dir(ltr)'))).toBe(true);
      // The Arabic paragraph of the mixed message starts at the right edge of its box.
      const para = mixed.locator('.message-text p').last();
      const [pBox, textRight] = await para.evaluate((p) => {
        const r = document.createRange();
        r.selectNodeContents(p);
        return [p.getBoundingClientRect().toJSON() as DOMRect, r.getBoundingClientRect().right];
      });
      expect(pBox.right - textRight).toBeLessThan(2);

      // The PR label is whole, the full URL its title, the state in words.
      const pr = detail.getByRole('link', { name: tr('ui.sessions.pr.link', { label: 'acme/enterprise-billing-and-invoicing-platform#20931', state: tr('ui.sessions.pr.merged') }) });
      await expect(pr).toHaveAttribute('title', longPr);
      expect(await pr.evaluate((a) => a.scrollWidth <= a.clientWidth + 1)).toBe(true);
      await page.setViewportSize({ width: 1100, height: 900 });
      await shootBothThemes(page, `session-detail-approval-${locale}`);
      await detail.locator('.detail-body').evaluate((el) => el.scrollTo({ top: 0 }));
      await shootBothThemes(page, `session-detail-approval-facts-${locale}`);

      // "+N" is whole at the narrowest window the app allows and wider.
      await detail.getByRole('button', { name: tr('ui.sessions.detail.close') }).click();
      for (const width of [720, 900, 1100]) {
        await page.setViewportSize({ width, height: 800 });
        await expectWhole(row.locator('.tag-more'), row.locator('.session-row-meta'));
        await expect(row.locator('.tag-more')).toHaveText('+3');
      }
      await page.setViewportSize({ width: 900, height: 700 });
      await shootBothThemes(page, `session-row-narrow-${locale}`);
    });
  });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The element shows all of its content and lies inside its clipping container. */
async function expectWhole(el: Locator, container: Locator): Promise<void> {
  await expect(el).toBeVisible();
  const [box, outer, fits] = await Promise.all([
    el.boundingBox(),
    container.boundingBox(),
    el.evaluate((e) => e.scrollWidth <= e.clientWidth + 1),
  ]);
  expect(fits).toBe(true);
  expect(box!.x + box!.width).toBeLessThanOrEqual(outer!.x + outer!.width + 0.5);
}
