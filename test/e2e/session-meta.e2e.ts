import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { isolateGitConfig, makeRepo } from '../../src/main/handoff/repo-fixture';
import type { Envelope } from '../../src/shared/ipc/contract';
import type { UploadedAttachmentView } from '../../src/shared/attachments/jobs';
import { SIM_INSIGHT_DELAY_MS } from '../../src/sim/store/insights';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Issue #12's create options, tags and insights through the real UI, router, services and devin-sim:
 * - tags edited in a session's detail (append / replace) and the list filtered by them;
 * - insights generated on devin-sim's clock and shown (analysis, issues, a better prompt);
 * - the composer's knowledge choice sent as null / the ids / [] (what devin-sim received),
 *   Devin's mode, the child sessions' playbook and a file attached at creation, and the mode and
 *   child playbook remembered across a reload;
 * - the handoff's knowledge choice.
 * In English and Chinese, screenshots in both themes.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`tags, insights and create options (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    let scratch: string;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
      scratch = mkdtempSync(join(tmpdir(), 'session-meta-e2e-'));
    });
    test.afterEach(async () => {
      await h.stop();
      rmSync(scratch, { recursive: true, force: true });
    });

    test('tags in the detail filter the list; insights are generated and shown', async ({ context }) => {
      const flaky = h.sim.control.createSession({
        title: locale === 'en' ? 'Fix the flaky login test' : '修复不稳定的登录测试',
        tags: ['ci'],
        acus_consumed: 2.5,
        messages: [
          { source: 'devin', message: locale === 'en' ? 'Which browser fails?' : '哪个浏览器失败？' },
          { source: 'user', message: 'Chrome' },
        ],
      });
      const other = h.sim.control.createSession({ title: locale === 'en' ? 'Write the release notes' : '撰写发布说明', tags: [] });
      const page = await h.open(context);
      await signIn(page, locale);
      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      await list.getByRole('treeitem', { name: new RegExp(flaky.title!) }).click();
      const detail = page.getByRole('article', { name: flaky.title! });
      await expect(detail).toBeVisible();

      // Add a tag: the chip shows, devin-sim has it (append), and the list can filter by it.
      const add = detail.getByRole('textbox', { name: tr('ui.sessionMeta.tags.addLabel') });
      await add.fill('flaky');
      await add.press('Enter');
      const chips = detail.getByRole('list', { name: tr('ui.sessions.detail.tags') });
      await expect(chips.getByRole('button', { name: 'flaky', exact: true })).toBeVisible();
      await expect.poll(() => h.sim.control.getSession(flaky.session_id).tags).toEqual(['ci', 'flaky']);
      await expect(chips.locator('.is-pending')).toHaveCount(0);
      await chips.getByRole('button', { name: 'flaky', exact: true }).click();
      await expect(page.getByRole('button', { name: tr('ui.sessions.tag.remove', { tag: 'flaky' }) })).toBeVisible();
      await expect(list.getByRole('treeitem', { name: new RegExp(other.title!) })).toHaveCount(0);
      await expect(list.getByRole('treeitem', { name: new RegExp(flaky.title!) })).toBeVisible();

      // Remove a tag (replace with what is left): gone here and in devin-sim.
      await detail.getByRole('button', { name: tr('ui.sessionMeta.tags.remove', { tag: 'ci' }) }).click();
      await expect(chips.getByRole('button', { name: 'ci', exact: true })).toHaveCount(0);
      await expect.poll(() => h.sim.control.getSession(flaky.session_id).tags).toEqual(['flaky']);
      const tagCalls = h.sim.control.getRequests().filter((r) => r.route.endsWith('/sessions/:id/tags')).map((r) => r.method);
      expect(tagCalls).toEqual(['POST', 'GET', 'PUT']);

      // Insights: none yet → Generate → pending → (devin-sim's clock moves) → the analysis.
      const insights = detail.getByRole('region', { name: tr('ui.sessionMeta.insights.title') });
      await insights.getByRole('button', { name: tr('ui.sessionMeta.insights.generate') }).click();
      await expect(insights.getByText(tr('ui.sessionMeta.insights.generating'))).toBeVisible();
      h.sim.control.advanceClock(SIM_INSIGHT_DELAY_MS);
      await expect(insights.getByRole('heading', { name: tr('ui.sessionMeta.insights.issues') })).toBeVisible({ timeout: 10_000 });
      await expect(insights.getByText('Clarification needed')).toBeVisible();
      await expect(insights.getByRole('heading', { name: tr('ui.sessionMeta.insights.suggestedPrompt') })).toBeVisible();
      await expect(insights.getByText(tr('ui.sessionMeta.category.unit_test_generation'))).toBeVisible();
      await expect(insights.getByText(tr('ui.sessionMeta.insights.counts', { devin: 1, user: 1, size: 'S' }))).toBeVisible();
      const generates = h.sim.control.getRequests().filter((r) => r.route.endsWith('/insights/generate'));
      expect(generates).toHaveLength(1);
      await page.setViewportSize({ width: 1100, height: 1000 });
      await shootBothThemes(page, `session-detail-meta-${locale}`);
    });

    test('composer: knowledge all / only / none, mode, child playbook and a file reach devin-sim; mode and child playbook survive a reload', async ({ context }) => {
      const nowSec = Math.floor(Date.now() / 1000);
      const main = h.sim.state.playbooks.create('org-sim', { title: locale === 'en' ? 'API change checklist' : 'API 变更清单', body: '1. …', macro: null }, 'user-sim', nowSec);
      const child = h.sim.state.playbooks.create('org-sim', { title: locale === 'en' ? 'Write the tests' : '编写测试', body: '1. …', macro: null }, 'user-sim', nowSec);
      const note = h.sim.state.knowledge.create(
        'org-sim',
        { name: locale === 'en' ? 'API conventions' : 'API 约定', body: 'Use /v2 paths.', trigger: 'API work', folder_id: null, pinned_repo: null, is_enabled: true },
        nowSec,
      );
      h.sim.control.createSession({ title: locale === 'en' ? 'Existing session' : '已有会话' });
      const spec = join(scratch, 'spec.md');
      writeFileSync(spec, '# Rate limits\n\n100 requests a minute per key.\n');
      h.filesChoice = [spec];

      const page = await h.open(context);
      await signIn(page, locale);
      await expect(page.getByRole('tree', { name: tr('ui.sessions.listLabel') })).toBeVisible();
      const created: string[] = [];
      const compose = async (prompt: string, fill: (dialog: ReturnType<typeof page.getByRole>) => Promise<void>) => {
        await page.keyboard.press('n');
        const dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
        await expect(dialog).toBeVisible();
        await dialog.getByLabel(tr('ui.sessions.composer.prompt')).fill(prompt);
        await fill(dialog);
        await dialog.getByRole('button', { name: tr('ui.sessions.composer.send') }).click();
        await expect(dialog).toBeHidden();
        const creates = h.ipcLog.filter((r) => r.channel === 'sessions:create');
        const last = creates.at(-1)?.response as Envelope<{ sessionId: string }>;
        if (!last.ok) throw new Error(`create failed: ${last.error.message}`);
        created.push(last.value.sessionId);
        return h.sim.control.getCreatedRequest(last.value.sessionId) as Record<string, unknown>;
      };

      // All knowledge (the default): knowledge_ids is sent, as null.
      const all = await compose('Add a rate limiter', async () => undefined);
      expect(Object.hasOwn(all, 'knowledge_ids')).toBe(true);
      expect(all.knowledge_ids).toBeNull();

      // No knowledge: [].
      const none = await compose('Add a rate limiter, no notes', async (dialog) => {
        await dialog.getByRole('radio', { name: tr('ui.sessionMeta.knowledge.none') }).check();
      });
      expect(none.knowledge_ids).toEqual([]);

      // Only this note, Fast mode, a child playbook, a playbook, and a file attached.
      const full = await compose('Add a rate limiter with the API conventions', async (dialog) => {
        await dialog.getByLabel(tr('ui.sessions.composer.playbook')).first().selectOption({ label: main.title });
        await dialog.getByRole('radio', { name: tr('ui.sessionMeta.knowledge.only') }).check();
        await dialog.getByRole('checkbox', { name: note.name }).check();
        await dialog.getByRole('combobox', { name: tr('ui.sessionMeta.composer.mode') }).selectOption('fast');
        await dialog.getByRole('combobox', { name: tr('ui.sessionMeta.composer.childPlaybook') }).selectOption({ label: child.title });
        await dialog.getByRole('button', { name: tr('ui.attachments.reply.attach') }).click();
        await expect(dialog.getByText('spec.md')).toBeVisible();
        await shootBothThemes(page, `composer-options-${locale}`);
      });
      const upload = h.ipcLog.find((r) => r.channel === 'attachments:upload')?.response as Envelope<UploadedAttachmentView[]>;
      expect(upload.ok).toBe(true);
      const uploadedUrls = upload.ok ? upload.value.map((u) => u.url) : [];
      expect(uploadedUrls).toHaveLength(1);
      expect(full).toMatchObject({
        playbook_id: main.playbook_id,
        knowledge_ids: [note.note_id],
        devin_mode: 'fast',
        child_playbook_id: child.playbook_id,
        attachment_urls: uploadedUrls,
      });
      // The upload happened before the create, and devin-sim linked the file to the new session.
      const order = h.sim.control.getRequests().filter((r) => r.method === 'POST').map((r) => r.route);
      expect(order.slice(-2)).toEqual(['/v3/organizations/:org/attachments', '/v3/organizations/:org/sessions']);
      await expect.poll(async () => (await h.core.account.getApi().client.sessions.attachments(created[2]!)).map((a) => a.name)).toEqual(['spec.md']);

      // A reload: the composer comes back with Fast mode and the child playbook (kept by main, not the page).
      await page.reload();
      await expect(page.getByRole('tree', { name: tr('ui.sessions.listLabel') })).toBeVisible();
      await page.keyboard.press('n');
      const dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      await expect(dialog.getByRole('combobox', { name: tr('ui.sessionMeta.composer.mode') })).toHaveValue('fast');
      await expect(dialog.getByRole('combobox', { name: tr('ui.sessionMeta.composer.childPlaybook') })).toHaveValue(child.playbook_id);
      expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
    });
  });
}

test('handoff: the knowledge choice reaches devin-sim (No knowledge → [])', async ({ context }) => {
  const restoreGit = isolateGitConfig();
  const h = await new Harness({ settings: { locale: 'en' } }).start();
  const repo = makeRepo('handoff-knowledge-e2e-');
  try {
    repo.write('src/app.ts', 'export const a = 1;\n');
    repo.commitAll('init');
    repo.git('remote', 'add', 'origin', 'https://github.com/acme/web.git');
    repo.write('src/app.ts', 'export const a = 2;\n');
    const page = await h.open(context);
    await signIn(page, 'en');
    await page.getByRole('link', { name: translate('en', 'ui.nav.handoff') }).click();
    await page.getByLabel(translate('en', 'ui.handoff.start.pathLabel')).fill(repo.dir);
    await page.getByRole('button', { name: translate('en', 'ui.handoff.start.open') }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'acme/web' })).toBeVisible();
    await page.getByLabel(translate('en', 'ui.handoff.task.label')).fill('Bump a to 2');
    await page.getByRole('radio', { name: translate('en', 'ui.sessionMeta.knowledge.none') }).check();
    const send = page.getByRole('button', { name: translate('en', 'ui.handoff.send') });
    await expect(send).toBeEnabled();
    await send.click();
    await expect(page).toHaveURL(/#\/sessions\/devin-/);
    const id = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
    const received = h.sim.control.getCreatedRequest(id) as Record<string, unknown>;
    expect(received.knowledge_ids).toEqual([]);
    expect(received).toMatchObject({ repos: ['acme/web'], tags: ['handoff'] });
  } finally {
    await h.stop();
    repo.cleanup();
    restoreGit();
  }
});
