import { expect, test } from '@playwright/test';
import { startSim, SIM_KEYS, type SimHandle } from '../../src/sim/server';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { runCli } from '../../src/cli/index';
import type { CliIO } from '../../src/cli/types';
import { FakeKeychain } from '../../src/main/account/testing/fake-keychain';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Several accounts (#16) end to end: the built renderer, the real router, accounts and sessions
 * services, and TWO devin-sims over HTTP (sim A: empty, signed in through the onboarding as "Work";
 * sim B: the demo seed, added in Settings › Accounts as "Personal" with a personal token).
 * The merged list names each session's account and filters by it; a transition on B notifies
 * naming B; sim A then answers 401 to everything: only "Work" is signed out (the notice names it),
 * "Personal" stays signed in and keeps being polled; the CLI's --account reaches each sim.
 *
 * The tracker polls every 10–60 s; after changing a sim behind its back, the test asks the trackers
 * to poll now (`core.sessions.refresh()`, what "window shown" does in the app).
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`accounts (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    let simB: SimHandle;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
      simB = await startSim({ seed: 'demo', checkContract: true });
    });
    test.afterEach(async () => {
      await simB.close();
      await h.stop();
    });

    test('two accounts on two sims: merged list, per-account notification, one 401, CLI --account', async ({ context }) => {
      test.setTimeout(180_000);
      const inA = h.sim.control.createSession({ title: locale === 'en' ? 'Fix the login redirect' : '修复登录跳转', status: 'running' });
      const inB = simB.control.createSession({ title: locale === 'en' ? 'Draft the release notes' : '起草发布说明', status: 'running' });
      await h.core.sessions.updateNotificationSettings({ scope: 'all' });

      const page = await h.open(context);
      await signIn(page, locale);
      const nav = page.getByRole('navigation');
      await nav.getByRole('link', { name: tr('ui.nav.settings') }).click();

      // Settings › Accounts: rename the first account, add the second (its own API URL and key).
      const section = page.getByRole('region', { name: tr('accounts.settings.title') });
      await section.getByRole('button', { name: `${tr('accounts.settings.rename')} default` }).click();
      await section.getByRole('textbox', { name: tr('accounts.settings.labelField', { account: 'default' }) }).fill('Work');
      await section.getByRole('button', { name: tr('accounts.settings.save') }).click();
      await section.getByRole('button', { name: tr('accounts.settings.add'), exact: true }).click();
      const form = section.getByRole('form', { name: tr('accounts.settings.addTitle') });
      await form.getByLabel(tr('accounts.settings.label')).fill('Personal');
      await form.getByLabel(tr('accounts.settings.key')).fill(SIM_KEYS.pat);
      await form.getByLabel(tr('accounts.settings.apiUrl')).fill(simB.baseUrl);
      await form.getByRole('button', { name: tr('accounts.settings.add') }).click();
      await expect(form).toBeHidden();
      await expect(section.getByRole('listitem')).toHaveCount(2);
      await expect(section.getByRole('listitem').nth(1)).toContainText('Personal');
      // Each key in its own keychain entry, bound to its own sim; the page never got one back.
      expect([...h.keychains.values()].map((k) => k.stored)).toEqual([
        { key: SIM_KEYS.org, origin: h.sim.baseUrl },
        { key: SIM_KEYS.pat, origin: simB.baseUrl },
      ]);
      expect(JSON.stringify(h.eventLog)).not.toContain(SIM_KEYS.pat);
      await section.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `accounts-settings-${locale}`);

      // The merged list: both sims' sessions, each row naming its account.
      await nav.getByRole('link', { name: tr('ui.nav.sessions') }).click();
      await h.core.sessions.refresh();
      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      const rowA = list.getByRole('treeitem', { name: new RegExp(inA.title!) });
      const rowB = list.getByRole('treeitem', { name: new RegExp(inB.title!) });
      await expect(rowA).toContainText('Work');
      await expect(rowB).toContainText('Personal');
      await expect(rowB).toHaveAttribute('aria-label', new RegExp(tr('accounts.row.label', { account: 'Personal' })));
      await shootBothThemes(page, `accounts-list-${locale}`);

      // The account filter.
      await page.getByRole('search').getByRole('combobox', { name: tr('accounts.filter.label') }).selectOption({ label: 'Personal' });
      await expect(rowA).toBeHidden();
      await expect(rowB).toBeVisible();
      await page.getByRole('search').getByRole('combobox', { name: tr('accounts.filter.label') }).selectOption({ label: tr('accounts.filter.all') });
      await expect(rowA).toBeVisible();

      // The top-bar switch: handoff, the library and the composer now act as Personal (sim B).
      const switcher = page.getByRole('banner').getByRole('combobox', { name: tr('accounts.switch.label') });
      await switcher.selectOption({ label: 'Personal' });
      await expect(page.getByRole('banner')).toContainText('Sim Person');
      expect(h.core.account.getApi().client.baseUrl).toBe(simB.baseUrl);
      await switcher.selectOption({ label: 'Work' });
      await expect(page.getByRole('banner')).toContainText('Sim Bot');

      // A transition on B: the notification names B.
      simB.control.setSessionStatus(inB.session_id, { status: 'running', status_detail: 'waiting_for_user' });
      await expect
        .poll(
          async () => {
            await h.core.sessions.refresh();
            return h.notifications.filter((n) => n.sessionIds.includes(inB.session_id)).map((n) => n.title);
          },
          { timeout: 30_000 },
        )
        .toContainEqual(expect.stringMatching(/^Personal · /));

      // A 401 on A: only Work is signed out (the notice names it); Personal stays and keeps polling.
      h.sim.control.addFault({ path: '/v3/', kind: 'status', status: 401, times: -1 });
      await h.core.sessions.refresh();
      const notices = page.getByRole('region', { name: tr('ui.notices.label') });
      await expect(notices).toContainText(tr('accounts.notice.keyRejected', { account: 'Work' }).slice(0, 30));
      await expect(page.getByRole('banner')).toContainText('Sim Person');
      expect(h.core.account.accounts().accounts.map((a) => [a.label, a.signedIn, a.current])).toEqual([
        ['Work', false, false],
        ['Personal', true, true],
      ]);
      await expect(rowA).toBeHidden();
      const later = simB.control.createSession({ title: locale === 'en' ? 'Rotate the staging keys' : '轮换预发环境密钥', status: 'running' });
      await h.core.sessions.refresh();
      await expect(list.getByRole('treeitem', { name: new RegExp(later.title!) })).toBeVisible();
      await shootBothThemes(page, `accounts-401-${locale}`);

      // The CLI reads the same settings and keychain entries: --account reaches each sim.
      const cli = async (argv: string[]) => {
        let out = '';
        let err = '';
        const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => '', env: {}, cwd: h.userDataDir, locale };
        const keyStoreFor = (entry: string) => h.keychains.get(entry) ?? new FakeKeychain();
        return { code: await runCli(argv, io, { keyStoreFor, userDataDir: h.userDataDir }), out, err };
      };
      const viaB = await cli(['sessions', '--json', '--account', 'Personal']);
      expect(viaB.code).toBe(0);
      expect((JSON.parse(viaB.out) as { id: string }[]).map((s) => s.id)).toContain(later.session_id);
      const viaA = await cli(['sessions', '--json', '--account', 'Work']);
      expect(viaA.code).toBe(1); // sim A now refuses the key
      expect(h.sim.control.getRequests().some((r) => r.authKey === 'org' && r.path.endsWith('/sessions'))).toBe(true);
      const unknown = await cli(['sessions', '--account', 'Nope']);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toContain('Work, Personal');
      const listed = JSON.parse((await cli(['accounts', '--json'])).out) as { label: string; api_url: string; current: boolean }[];
      expect(listed.map((a) => [a.label, a.api_url, a.current])).toEqual([
        ['Work', h.sim.baseUrl, false],
        ['Personal', simB.baseUrl, true],
      ]);
    });
  });
}
