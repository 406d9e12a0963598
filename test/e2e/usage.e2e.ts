import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { formatUsageAcus } from '../../src/shared/usage/format-usage';
import { lastDays } from '../../src/shared/usage/day-boundary';
import type { UsageReport } from '../../src/shared/usage/usage-view';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * The Usage screen through the real UI, router, services and devin-sim (demo seed: three months
 * of sessions, Windsurf and terminal ACUs): periods, the chart and its table, the top sessions
 * opening a session with its ACUs per day, a key without the permissions, the budgets in
 * Settings and the composer's max ACU limit. Both languages, both themes, screenshots.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`usage (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ simSeed: 'demo', settings: { locale } }).start();
    });
    test.afterEach(async ({ context }) => {
      await context.close();
      await h.stop();
    });

    const openUsage = async (page: Page) => {
      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.usage') }).click();
      await expect(page.getByRole('main', { name: tr('ui.nav.usage') })).toBeVisible();
    };
    const lastReport = (days: number): UsageReport => {
      const r = [...h.ipcLog].reverse().find((c) => c.channel === 'usage:report' && (c.request as { days: number }).days === days);
      if (!r?.response.ok) throw new Error(`no usage:report for ${days} days`);
      return r.response.value as UsageReport;
    };

    test('periods, chart and table, top sessions opening a session with its ACUs per day', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await openUsage(page);
      const cards = page.getByRole('region', { name: tr('ui.usage.summary') });
      await expect(cards).toContainText(tr('ui.usage.total'));
      await expect(page.locator('.usage-chart-canvas canvas').first()).toBeVisible();

      // The figures are devin-sim's, for days on the 08:00 UTC boundary.
      const week = lastReport(7);
      const period = lastDays(7, week.fetchedAtMs);
      expect([week.fromSec, week.toSec]).toEqual([period.fromSec, period.toSec]);
      if (week.consumption.state !== 'ok') throw new Error('consumption');
      const fromSim = (await (
        await fetch(`${h.sim.baseUrl}/v3/organizations/org-sim/consumption/daily?time_after=${period.fromSec}&time_before=${period.toSec}`, {
          headers: { authorization: 'Bearer cog_sim_org' },
        })
      ).json()) as { total_acus: number };
      expect(week.consumption.value.totalAcus).toBeCloseTo(fromSim.total_acus, 0);
      await expect(cards).toContainText(formatUsageAcus(week.consumption.value.totalAcus, locale));
      expect(week.prs.state).toBe('ok');

      await page.getByRole('radio', { name: tr('ui.usage.period.days', { days: 30 }) }).check();
      await expect.poll(() => h.ipcLog.filter((c) => c.channel === 'usage:report').map((c) => (c.request as { days: number }).days)).toEqual([7, 30]);
      await expect(page.locator('.usage-chart-canvas canvas').first()).toBeVisible();
      await page.waitForTimeout(150); // the chart redraws for the new period
      await shootBothThemes(page, `usage-${locale}`);

      // The same figures as a table: 30 days, a header and a total row.
      await page.getByRole('button', { name: tr('ui.usage.table.show') }).click();
      const table = page.getByRole('table', { name: /.+/ }).first();
      await expect(table.getByRole('row')).toHaveCount(32);
      await table.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `usage-table-${locale}`);

      // The biggest consumer opens in Sessions, with its ACUs per day.
      const month = lastReport(30);
      if (month.topSessions.state !== 'ok') throw new Error('top sessions');
      const first = month.topSessions.value.items[0];
      expect(first).toBeDefined();
      const top = page.getByRole('region', { name: tr('ui.usage.top.title') });
      await top.getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`#/sessions/${first?.sessionId}$`));
      const detail = page.getByRole('article');
      await expect(detail.getByRole('heading', { level: 2 })).toHaveText(first?.title ?? '');
      const perDay = detail.getByTestId('session-usage');
      await expect(perDay.getByRole('table')).toBeVisible();
      await expect(perDay.getByRole('row').first()).toContainText(tr('ui.usage.top.acus', { acus: '' }).trim());
      await shootBothThemes(page, `usage-session-detail-${locale}`);

      await openUsage(page);
      await page.getByRole('radio', { name: tr('ui.usage.period.days', { days: 90 }) }).check();
      await expect(page.locator('.usage-chart-canvas canvas').first()).toBeVisible();
      const quarter = lastReport(90);
      if (quarter.consumption.state !== 'ok') throw new Error('consumption');
      expect(quarter.consumption.value.days).toHaveLength(90);
      expect(quarter.consumption.value.days.some((d) => d.byProduct.cascade > 0)).toBe(true);
    });

    test('a key without ManageBilling and ViewAccountMetrics sees the permissions named, not an error', async ({ context }) => {
      h.sim.control.revokePermissions({ revoke: ['ManageBilling', 'ViewAccountMetrics'] });
      const page = await h.open(context);
      await signIn(page, locale);
      await openUsage(page);
      const empty = page.getByTestId('usage-forbidden');
      await expect(empty.getByRole('heading', { name: tr('ui.usage.forbidden.billing.title') })).toBeVisible();
      await expect(page.getByRole('region', { name: tr('ui.usage.summary') })).toContainText(tr('ui.usage.forbidden.metrics'));
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.locator('.usage-chart-canvas')).toHaveCount(0);
      await shootBothThemes(page, `usage-forbidden-${locale}`);

      // A session's detail says it in one line; the permission back, the figures come.
      await page.goto(`${h.rendererUrl}#/sessions`);
      await page.getByRole('tree').locator('[role="treeitem"][aria-level="2"]').first().click();
      await expect(page.getByRole('article').getByTestId('session-usage')).toContainText(tr('ui.usage.session.forbidden'));
      h.sim.control.revokePermissions({ revoke: [] });
      await openUsage(page);
      await page.getByRole('button', { name: tr('ui.usage.refresh') }).click();
      await expect(page.locator('.usage-chart-canvas canvas').first()).toBeVisible();
      await expect(page.getByTestId('usage-forbidden')).toHaveCount(0);
    });

    test('budgets in Settings; the composer starts at the default max ACUs and Devin receives max_acu_limit', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.settings') }).click();
      const section = page.getByRole('region', { name: tr('ui.settings.usage.title') });
      await section.getByRole('textbox', { name: tr('ui.settings.usage.daily') }).fill('50');
      await section.getByRole('textbox', { name: tr('ui.settings.usage.monthly') }).fill('abc');
      await section.getByRole('button', { name: tr('ui.settings.usage.save') }).click();
      await expect(section.getByText(tr('ui.settings.usage.invalidNumber'))).toBeVisible();
      expect(h.core.settings.get().usage).toEqual({ dailyBudgetAcus: null, monthlyBudgetAcus: null, defaultMaxAcuLimit: null });
      await section.getByRole('textbox', { name: tr('ui.settings.usage.monthly') }).fill('1200');
      await section.getByRole('textbox', { name: tr('ui.settings.usage.defaultMax') }).fill('25');
      await section.getByRole('button', { name: tr('ui.settings.usage.save') }).click();
      await expect(section.getByRole('status')).toHaveText(tr('ui.settings.usage.saved'));
      expect(h.core.settings.get().usage).toEqual({ dailyBudgetAcus: 50, monthlyBudgetAcus: 1200, defaultMaxAcuLimit: 25 });
      await section.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `settings-usage-${locale}`);

      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.sessions') }).click();
      await page.locator('body').press('n');
      const dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      const limit = dialog.getByRole('textbox', { name: new RegExp(tr('ui.sessions.composer.maxAcu')) });
      await expect(limit).toHaveValue('25');
      await dialog.getByRole('textbox', { name: tr('ui.sessions.composer.prompt') }).fill(locale === 'en' ? 'Tidy the README' : '整理 README');
      await limit.fill('12');
      await shootBothThemes(page, `composer-max-acu-${locale}`);
      await dialog.getByRole('button', { name: tr('ui.sessions.composer.send') }).click();
      await expect(dialog).toHaveCount(0);
      const created = h.ipcLog.find((c) => c.channel === 'sessions:create');
      if (!created?.response.ok) throw new Error('sessions:create failed');
      const id = (created.response.value as { sessionId: string }).sessionId;
      expect(h.sim.control.getCreatedRequest(id)).toMatchObject({ max_acu_limit: 12 });
    });
  });
}
