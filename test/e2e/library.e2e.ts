import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Knowledge notes, playbooks and schedules through the real UI, router, services and devin-sim:
 * create, edit, disable, delete one of each, in English and Chinese, with screenshots in both
 * themes. New York, so the schedule editor has a daylight-saving change to warn about.
 */
test.use({ timezoneId: 'America/New_York' });

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`library (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async ({ context }) => {
      // Close the pages first: the static server's close() waits for the browser's keep-alive sockets.
      await context.close();
      await h.stop();
    });

    const go = (page: Page, nav: MessageKey) => page.getByRole('navigation').getByRole('link', { name: tr(nav) }).click();
    const detail = (page: Page) => page.locator('.lib-detail');
    const confirmDelete = async (page: Page) => {
      await detail(page).getByRole('button', { name: tr('library.delete') }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: tr('library.delete') }).click();
    };

    test('knowledge note: create, edit, disable, delete', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await go(page, 'ui.nav.knowledge');
      await expect(page.getByRole('heading', { name: tr('knowledge.empty.title') })).toBeVisible();
      await shootBothThemes(page, `knowledge-empty-${locale}`);

      await page.getByRole('button', { name: tr('knowledge.new') }).first().click();
      await page.getByLabel(tr('knowledge.field.name'), { exact: true }).fill(locale === 'en' ? 'Billing conventions' : '计费约定');
      await page.getByLabel(tr('knowledge.field.trigger')).fill(locale === 'en' ? 'When working on the billing service' : '处理计费服务时');
      await page.getByLabel(tr('knowledge.field.pinnedRepo'), { exact: true }).fill('acme/billing');
      await page
        .getByLabel(tr('knowledge.field.body'))
        .fill('## Money\n\n- Store amounts as **integer cents**\n- Round with `roundHalfEven`\n\n<img src=x onerror="window.pwned=1">');
      await page.getByRole('tab', { name: tr('library.markdown.preview') }).click();
      await expect(page.getByRole('tabpanel').locator('h2')).toHaveText('Money');
      await shootBothThemes(page, `knowledge-editor-${locale}`);
      await page.getByRole('tab', { name: tr('library.markdown.write') }).click();
      await page.getByLabel(tr('knowledge.field.body')).press('Control+Enter');

      const title = locale === 'en' ? 'Billing conventions' : '计费约定';
      await expect(detail(page).getByRole('heading', { level: 2, name: title })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      await expect(detail(page).locator('img')).toHaveCount(0);
      const [created] = h.sim.state.knowledge.list('org-sim', {});
      expect(created).toMatchObject({ name: title, pinned_repo: 'acme/billing', is_enabled: true });
      await shootBothThemes(page, `knowledge-detail-${locale}`);

      await detail(page).getByRole('button', { name: tr('library.edit') }).click();
      await page.getByLabel(tr('knowledge.field.name'), { exact: true }).fill(`${title} v2`);
      await page.getByRole('button', { name: tr('library.save') }).click();
      await expect(detail(page).getByRole('heading', { level: 2, name: `${title} v2` })).toBeVisible();

      await page.getByRole('switch', { name: tr('library.toggleLabel', { name: `${title} v2` }) }).click();
      await expect(page.getByRole('listbox').getByText(tr('library.disabled'))).toBeVisible();
      await expect.poll(() => h.sim.state.knowledge.list('org-sim', {})[0]?.is_enabled).toBe(false);
      expect(h.sim.state.knowledge.list('org-sim', {})[0]).toMatchObject({ name: `${title} v2`, pinned_repo: 'acme/billing' });
      await shootBothThemes(page, `knowledge-disabled-${locale}`);

      await confirmDelete(page);
      await expect(page.getByText(tr('library.deleted', { name: `${title} v2` }))).toBeVisible();
      expect(h.sim.state.knowledge.list('org-sim', {})).toEqual([]);
    });

    test('playbook: create, edit, delete, start a session', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await go(page, 'ui.nav.playbooks');
      await expect(page.getByRole('heading', { name: tr('playbooks.empty.title') })).toBeVisible();
      await shootBothThemes(page, `playbooks-empty-${locale}`);

      await page.getByRole('button', { name: tr('playbooks.new') }).first().click();
      const title = locale === 'en' ? 'Release checklist' : '发布检查清单';
      await page.getByLabel(tr('playbooks.field.title')).fill(title);
      await page.getByLabel(tr('playbooks.field.macro')).fill('release');
      await expect(page.getByText(tr('playbooks.form.macroInvalid'))).toBeVisible();
      await page.getByLabel(tr('playbooks.field.macro')).fill('!release');
      await page.getByLabel(tr('playbooks.field.body')).fill('1. Bump the version\n2. Update `CHANGELOG.md`\n3. Tag and push');
      await shootBothThemes(page, `playbooks-editor-${locale}`);
      await page.getByRole('button', { name: tr('library.create') }).click();
      await expect(detail(page).getByRole('heading', { level: 2, name: title })).toBeVisible();
      expect(h.sim.state.playbooks.list('org-sim')[0]).toMatchObject({ title, macro: '!release' });
      await shootBothThemes(page, `playbooks-detail-${locale}`);

      await detail(page).getByRole('button', { name: tr('library.edit') }).click();
      await page.getByLabel(tr('playbooks.field.body')).fill('1. Bump the version\n2. Tag and push');
      await page.getByLabel(tr('playbooks.field.title')).press('Control+Enter');
      await expect(detail(page).getByText('Tag and push')).toBeVisible();
      expect(h.sim.state.playbooks.list('org-sim')[0]?.body).toBe('1. Bump the version\n2. Tag and push');

      // "Start a session" asks the app for the session composer with this playbook.
      await page.evaluate(() => {
        const w = window as unknown as { composed: unknown[] };
        w.composed = [];
        window.addEventListener('devin-tray:compose', (e) => w.composed.push((e as CustomEvent).detail));
      });
      await detail(page).getByRole('button', { name: tr('playbooks.startSession') }).click();
      const playbookId = h.sim.state.playbooks.list('org-sim')[0]?.playbook_id;
      await expect.poll(() => page.evaluate(() => (window as unknown as { composed: unknown[] }).composed)).toEqual([{ playbookId }]);
      // The sessions screen answers with its composer; close it and come back.
      const composer = page.getByRole('dialog');
      await expect(composer).toBeVisible();
      await shootBothThemes(page, `playbooks-compose-${locale}`);
      await composer.press('Escape');
      await expect(composer).toBeHidden();

      await go(page, 'ui.nav.playbooks');
      await page.getByRole('listbox').getByText(title).click();
      await confirmDelete(page);
      await expect(page.getByRole('heading', { name: tr('playbooks.empty.title') })).toBeVisible();
      expect(h.sim.state.playbooks.list('org-sim')).toEqual([]);
    });

    test('schedule: create from local time (DST warning), edit by PATCH, disable, delete', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await go(page, 'ui.nav.schedules');
      await expect(page.getByRole('heading', { name: tr('schedules.empty.title') })).toBeVisible();
      await shootBothThemes(page, `schedules-empty-${locale}`);

      await page.getByRole('button', { name: tr('schedules.new') }).first().click();
      const name = locale === 'en' ? 'Morning triage' : '早间分诊';
      await page.getByLabel(tr('schedules.field.name')).fill(name);
      await page.getByLabel(tr('schedules.field.prompt')).fill(locale === 'en' ? 'Triage the issues opened overnight.' : '分诊昨夜新开的问题。');
      const cron = page.getByLabel(tr('schedules.field.frequency'));
      await cron.fill('0 25 * * 1-5');
      await expect(page.getByText(tr('cron.issueIn', { field: tr('cron.field.hour'), message: tr('cron.issue.outOfRange', { value: '25', min: 0, max: 23 }) }))).toBeVisible();
      const requestsBefore = h.sim.control.getRequests().length;
      await page.getByRole('button', { name: tr('library.create') }).click();
      expect(h.sim.control.getRequests().length).toBe(requestsBefore);

      await page.getByLabel(tr('cron.helper.at'), { exact: true }).fill('09:00');
      await page.getByLabel(tr('cron.helper.on'), { exact: true }).selectOption('weekdays');
      await page.getByRole('button', { name: tr('cron.helper.apply') }).click();
      const written = await cron.inputValue();
      expect(['0 13 * * 1-5', '0 14 * * 1-5']).toContain(written);
      await expect(page.getByRole('note', { name: tr('cron.dst.title') })).toBeVisible();
      await expect(page.getByRole('table', { name: tr('cron.nextRuns.title') }).getByRole('row')).toHaveCount(6);
      await shootBothThemes(page, `schedules-editor-${locale}`);
      await page.getByLabel(tr('schedules.field.name')).press('Control+Enter');
      await expect(detail(page).getByRole('heading', { level: 2, name })).toBeVisible();
      const [record] = h.sim.state.schedules.list('org-sim');
      expect(record).toMatchObject({ name, frequency: written, enabled: true });

      // A failed run and a session it started, as the list and detail show them.
      h.sim.control.scheduleRunResult(record!.schedule_id, { ok: false, error: 'Repository acme/app not found' });
      h.sim.control.createSession({ title: locale === 'en' ? 'Morning triage run' : '早间分诊运行', schedule_id: record!.schedule_id, status: 'exit' });
      await go(page, 'ui.nav.knowledge');
      await go(page, 'ui.nav.schedules');
      await page.getByRole('listbox').getByText(name).click();
      await expect(page.getByRole('region', { name: tr('schedules.detail.sessions') }).getByRole('listitem')).toHaveCount(1);
      await expect(page.getByRole('listbox')).toContainText('Repository acme/app not found');
      await shootBothThemes(page, `schedules-detail-${locale}`);

      await detail(page).getByRole('button', { name: tr('library.edit') }).click();
      await page.getByLabel(tr('schedules.field.prompt')).fill('Triage and label the new issues.');
      await page.getByRole('button', { name: tr('library.save') }).click();
      await expect(detail(page).getByText('Triage and label the new issues.')).toBeVisible();
      const patches = h.ipcLog.filter((r) => r.channel === 'schedules:update').map((r) => r.request);
      expect(patches).toEqual([{ scheduleId: record!.schedule_id, patch: { prompt: 'Triage and label the new issues.' } }]);

      await page.getByRole('switch', { name: tr('library.toggleLabel', { name }) }).click();
      await expect(page.getByRole('listbox').getByText(tr('schedules.paused'))).toBeVisible();
      await expect.poll(() => h.sim.state.schedules.list('org-sim')[0]?.enabled).toBe(false);

      await confirmDelete(page);
      await expect(page.getByRole('heading', { name: tr('schedules.empty.title') })).toBeVisible();
      expect(h.sim.state.schedules.list('org-sim')).toEqual([]);
    });
  });
}
