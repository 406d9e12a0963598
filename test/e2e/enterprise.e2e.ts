import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { isolateGitConfig } from '../../src/main/handoff/repo-fixture';
import { Harness } from './harness';
import { shootBothThemes } from './screens';

let restoreGit: () => void;
test.beforeAll(() => {
  restoreGit = isolateGitConfig();
});
test.afterAll(() => restoreGit());

/**
 * Issue #16 part 2, the enterprise inbox, through the real UI, router, services and devin-sim with
 * `cog_sim_enterprise` across `org-sim` and `org-sim-2`: the account works in org-sim; "All
 * organisations" lists both orgs (one enterprise request per poll) with each row's org; a session
 * of org-sim-2 shows its messages and attachments and takes a tag, all through
 * `/v3/enterprise/sessions/…` (the org-sim routes would not find it); the org filter narrows the
 * list; a new session is created in org-sim-2 picked in the composer. Screens in both themes.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`enterprise inbox (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
    });

    test('All organisations: both orgs in one list; an org-sim-2 session read, tagged and created through the enterprise inbox', async ({ context }) => {
      test.setTimeout(120_000);
      const zh = locale === 'zh-CN';
      const mine = h.sim.control.createSession({ org_id: 'org-sim', title: zh ? '修复登录错误' : 'Fix the login bug', tags: ['web'] });
      const audit = h.sim.control.createSession({
        org_id: 'org-sim-2',
        title: zh ? '审计 IAM 角色' : 'Audit IAM roles',
        tags: ['security'],
        status: 'running',
        status_detail: 'waiting_for_user',
        messages: [{ source: 'devin', message: zh ? '发现 7 个角色有未使用的写权限。' : 'Found 7 roles with unused write permissions.' }],
      });
      h.sim.control.addSessionAttachment(audit.session_id, { name: 'iam-roles.csv', text: 'role,unused\nci-deployer,s3:DeleteBucket\n' });

      const page = await h.open(context);
      await page.getByLabel(tr('ui.onboarding.keyLabel')).fill('cog_sim_enterprise');
      await page.getByRole('button', { name: tr('ui.onboarding.signIn'), exact: true }).click();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: tr('ui.onboarding.org.continue') }).click();
      await expect(page.getByRole('banner')).toContainText('Sim Org');
      expect(h.core.account.view()).toMatchObject({ orgId: 'org-sim' });

      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      await expect(list.getByRole('treeitem', { name: new RegExp(mine.title!) })).toBeVisible();
      await expect(list.getByRole('treeitem', { name: new RegExp(audit.title!) })).toHaveCount(0);

      // The scope control: All organisations → one list, each row naming its org.
      const scope = page.getByRole('combobox', { name: tr('ui.orgs.scope.label') });
      await scope.selectOption('all');
      const auditRow = list.getByRole('treeitem', { name: new RegExp(audit.title!) });
      await expect(auditRow).toBeVisible({ timeout: 20_000 });
      await expect(auditRow.locator('.session-row-org')).toHaveText('Sim Org Two');
      await expect(list.getByRole('treeitem', { name: new RegExp(mine.title!) }).locator('.session-row-org')).toHaveText('Sim Org');
      expect(h.sim.control.getRequests().some((r) => r.route === '/v3/enterprise/sessions')).toBe(true);
      await shootBothThemes(page, `enterprise-all-orgs-${locale}`);

      // An org-sim-2 session: messages, attachments and a tag, through the enterprise routes.
      h.sim.control.clearRequests();
      await auditRow.click();
      const detail = page.getByRole('article', { name: audit.title! });
      await expect(detail.getByText(zh ? '发现 7 个角色有未使用的写权限。' : 'Found 7 roles with unused write permissions.')).toBeVisible();
      await expect(detail.getByRole('region', { name: tr('ui.attachments.title') }).getByText('iam-roles.csv')).toBeVisible();
      const add = detail.getByRole('textbox', { name: tr('ui.sessionMeta.tags.addLabel') });
      await add.fill('triage');
      await add.press('Enter');
      await expect.poll(() => h.sim.control.getSession(audit.session_id).tags).toEqual(['security', 'triage']);
      // The session's daily ACUs come from its own org's route (the account's org would say 404).
      await expect
        .poll(() => h.sim.control.getRequests().filter((r) => r.route.includes('/consumption/daily/sessions/')).map((r) => r.path.split('/')[3]))
        .toEqual(['org-sim-2']);
      await shootBothThemes(page, `enterprise-detail-${locale}`);
      const seen = h.sim.control.getRequests().map((r) => `${r.method} ${r.route}`);
      expect(seen).toEqual(
        expect.arrayContaining([
          'GET /v3/enterprise/sessions/:id/messages',
          'GET /v3/enterprise/sessions/:id/attachments',
          'POST /v3/enterprise/sessions/:id/tags',
        ]),
      );
      expect(seen.filter((r) => r.includes('/v3/organizations/:org/sessions/:id'))).toEqual([]);

      // The org filter of the All scope.
      await page.getByRole('combobox', { name: tr('ui.orgs.filter.label'), exact: true }).selectOption('org-sim-2');
      await expect(list.getByRole('treeitem', { name: new RegExp(mine.title!) })).toHaveCount(0);
      await expect(auditRow).toBeVisible();

      // Create in a chosen organisation: org-sim-2.
      await page.getByRole('button', { name: tr('ui.sessions.newSession') }).first().click();
      const dialog = page.getByRole('dialog', { name: tr('ui.sessions.composer.title') });
      await dialog.getByRole('combobox', { name: tr('ui.orgs.composer.label') }).selectOption('org-sim-2');
      await dialog.getByRole('textbox', { name: tr('ui.sessions.composer.prompt') }).fill(zh ? '轮换 CI 部署密钥' : 'Rotate the CI deploy keys');
      await shootBothThemes(page, `enterprise-composer-${locale}`);
      await dialog.getByRole('button', { name: tr('ui.sessions.composer.send') }).click();
      await expect(dialog).toHaveCount(0);
      const created = h.sim.control.getRequests().find((r) => r.method === 'POST' && r.route === '/v3/organizations/:org/sessions');
      expect(created?.path).toBe('/v3/organizations/org-sim-2/sessions');

      // A handoff in this scope names the organisation it starts in (the last used: org-sim-2) and can change it.
      const repoDir = join(h.userDataDir, 'home', 'app');
      mkdirSync(repoDir, { recursive: true });
      const git = (...args: string[]) => execFileSync('git', ['-C', repoDir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args]);
      execFileSync('git', ['init', '-q', '-b', 'main', repoDir]);
      writeFileSync(join(repoDir, 'a.txt'), 'a\n');
      git('add', '-A');
      git('commit', '-q', '-m', 'init');
      writeFileSync(join(repoDir, 'a.txt'), 'a\nb\n');
      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.handoff') }).click();
      await page.getByLabel(tr('ui.handoff.start.pathLabel')).fill(repoDir);
      await page.getByRole('button', { name: tr('ui.handoff.start.open'), exact: true }).click();
      await page.getByLabel(tr('ui.handoff.task.label')).fill(zh ? '补上 b 行的测试' : 'Add a test for line b');
      const orgSelect = page.getByRole('combobox', { name: tr('ui.orgs.handoff.label') });
      await expect(orgSelect).toHaveValue('org-sim-2');
      await orgSelect.selectOption('org-sim');
      await expect(orgSelect).toHaveValue('org-sim');
      await orgSelect.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `enterprise-handoff-org-${locale}`);
      await page.getByRole('button', { name: tr('ui.handoff.send'), exact: true }).click();
      await expect
        .poll(() => h.sim.control.getRequests().filter((r) => r.method === 'POST' && r.route === '/v3/organizations/:org/sessions').map((r) => r.path))
        .toEqual(['/v3/organizations/org-sim-2/sessions', '/v3/organizations/org-sim/sessions']);
    });
  });
}
