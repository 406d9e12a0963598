import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { Harness } from './harness';
import { shootBothThemes } from './screens';

/**
 * Words and formats (#13 point 11), in English and Chinese, through the real UI, router, services
 * and devin-sim: one hour cycle per language on every screen that shows a time (sessions, library,
 * schedules), the playbook author by name, the 503 banner in one sentence, and the schedule editor's
 * word on cost with its question before saving an every-minute schedule.
 */
test.use({ timezoneId: 'America/New_York' });

const LIST = '^/v3/organizations/org-sim/sessions$';
// A clock time as it appears in text: "9:05", "09:05", "14:03", optionally with AM/PM after it.
const CLOCK = /(\d{1,2}:\d{2})(?![\d:])(\s?[AP]M)?/g;

/** Every clock time in `texts`, with whether it carries AM/PM, for the hour-cycle checks. */
function clocks(texts: readonly string[]): { time: string; meridiem: boolean }[] {
  return texts.flatMap((text) => [...text.replace(/[\u202f\u00a0]/g, ' ').matchAll(CLOCK)].map((m) => ({ time: m[0], meridiem: Boolean(m[2]) })));
}

/** English writes 12-hour times ("2:03 PM"); Chinese 24-hour ("14:03"), never 上午/下午. */
function expectHourCycle(texts: readonly string[], locale: Locale): void {
  const found = clocks(texts);
  expect(found.length, `times in ${JSON.stringify(texts)}`).toBeGreaterThan(0);
  for (const c of found) {
    if (locale === 'en') expect(c, texts.join(' | ')).toMatchObject({ meridiem: true });
    else {
      expect(c.meridiem, texts.join(' | ')).toBe(false);
      expect(c.time, texts.join(' | ')).toMatch(/^\d{2}:\d{2}$/);
    }
  }
  if (locale === 'zh-CN') for (const text of texts) expect(text).not.toMatch(/上午|下午/);
}

async function signInWith(page: Page, locale: Locale, key: string): Promise<void> {
  await page.getByLabel(translate(locale, 'ui.onboarding.keyLabel')).fill(key);
  await page.getByRole('button', { name: translate(locale, 'ui.onboarding.signIn'), exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('org-sim');
}

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`words and formats (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    const go = (page: Page, nav: MessageKey) => page.getByRole('navigation').getByRole('link', { name: tr(nav) }).click();
    let h: Harness;
    test.afterEach(async ({ context }) => {
      await context.close();
      await h.stop();
    });

    test('one hour cycle in sessions, playbooks and schedules; the playbook author by name', async ({ context }) => {
      h = await new Harness({ settings: { locale }, simSeed: 'demo' }).start();
      const page = await h.open(context);
      // The personal key: GET /v3/self names its user, who wrote the demo playbooks.
      await signInWith(page, locale, 'cog_sim_pat');

      // Sessions: a message's time in the timeline, and its full date and time on hover.
      const title = locale === 'en' ? 'Check the clock' : '检查时间格式';
      await h.core.sessions.create({ prompt: 'Say hello', title });
      await page.waitForTimeout(1100); // devin-sim answers "On it" a second after creation
      await h.core.sessions.refresh();
      await page.getByRole('tree', { name: tr('ui.sessions.listLabel') }).getByRole('treeitem', { name: new RegExp(title) }).click();
      const timeline = page.getByRole('region', { name: tr('ui.sessions.detail.conversation') });
      await expect(timeline.locator('time').first()).toBeVisible();
      const shown = await timeline.locator('time').allInnerTexts();
      const titles = await timeline.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
      expectHourCycle([...shown, ...titles], locale);
      await shootBothThemes(page, `intl-session-detail-${locale}`);

      // Playbooks: the update time in the same cycle, and the author by name.
      await go(page, 'ui.nav.playbooks');
      await page.getByRole('listbox').getByRole('option').first().click();
      const facts = page.locator('.lib-detail .lib-facts');
      await expect(facts).toContainText(tr('library.byYouNamed', { name: 'Sim Person' }));
      await expect(facts).not.toContainText('user-sim-person');
      expectHourCycle([await facts.innerText()], locale);
      await shootBothThemes(page, `intl-playbook-author-${locale}`);

      // Schedules: next and last runs in the list.
      await go(page, 'ui.nav.schedules');
      const schedules = page.getByRole('listbox');
      await expect(schedules.getByRole('option').first()).toBeVisible();
      expectHourCycle([await schedules.innerText()], locale);
    });

    test('another user’s playbook shows the id, with why', async ({ context }) => {
      h = await new Harness({ settings: { locale }, simSeed: 'demo' }).start();
      const page = await h.open(context);
      // The org's service user did not write the demo playbooks, and the API names no one else.
      await signInWith(page, locale, 'cog_sim_org');
      await go(page, 'ui.nav.playbooks');
      await page.getByRole('listbox').getByRole('option').first().click();
      const author = page.locator('.lib-detail .lib-facts').getByText(tr('library.by', { who: 'user-sim-person' }));
      await expect(author).toBeVisible();
      await expect(author).toHaveAttribute('title', tr('library.byUnknownHint'));
    });

    test('an every-minute schedule says 1,440 runs a day and asks before saving', async ({ context }) => {
      h = await new Harness({ settings: { locale } }).start();
      const page = await h.open(context);
      await signInWith(page, locale, 'cog_sim_org');
      await go(page, 'ui.nav.schedules');
      await page.getByRole('button', { name: tr('schedules.new') }).first().click();
      const name = locale === 'en' ? 'Queue watcher' : '队列巡检';
      await page.getByLabel(tr('schedules.field.name')).fill(name);
      await page.getByLabel(tr('schedules.field.prompt')).fill(locale === 'en' ? 'Check the job queue.' : '检查任务队列。');
      const cron = page.getByLabel(tr('schedules.field.frequency'));

      await cron.fill('0 9,17 * * *');
      await expect(page.getByText(tr('schedules.cost.note', { runs: 2 }))).toBeVisible();
      await cron.fill('* * * * *');
      const warning = page.getByTestId('schedule-cost-warning');
      await expect(warning).toHaveText(tr('schedules.cost.warning', { runs: 1440 }));
      await warning.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `intl-schedule-cost-${locale}`);

      await page.getByRole('button', { name: tr('library.create') }).click();
      const dialog = page.getByRole('alertdialog', { name: tr('schedules.cost.confirmTitle', { runs: 1440 }) });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(tr('schedules.cost.confirmBody'));
      await shootBothThemes(page, `intl-schedule-confirm-${locale}`);
      await dialog.getByRole('button', { name: tr('schedules.cost.keepEditing') }).click();
      await expect(dialog).toBeHidden();
      expect(h.sim.state.schedules.list('org-sim')).toEqual([]);

      await page.getByRole('button', { name: tr('library.create') }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: tr('schedules.cost.confirm') }).click();
      await expect(page.locator('.lib-detail').getByRole('heading', { level: 2, name })).toBeVisible();
      expect(h.sim.state.schedules.list('org-sim')).toMatchObject([{ name, frequency: '* * * * *' }]);
    });

    test('a 503 reads as one sentence, with no parentheses inside parentheses', async ({ context }) => {
      h = await new Harness({ settings: { locale } }).start();
      const page = await h.open(context);
      await signInWith(page, locale, 'cog_sim_org');
      h.sim.control.addFault({ method: 'GET', path: LIST, kind: 'status', status: 503, times: -1 });
      await h.core.sessions.refresh().catch(() => undefined);
      const pattern = tr('sessions.status.serverError', { status: 503, seconds: '999' })
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace('999', '\\d+');
      const banner = page.locator('.tracker-banner-text');
      await expect(banner).toHaveText(new RegExp(`^${pattern}$`));
      expect(await banner.innerText()).not.toMatch(/[(（][^)）]*[(（]/);
      await shootBothThemes(page, `intl-banner-503-${locale}`);
    });
  });
}
