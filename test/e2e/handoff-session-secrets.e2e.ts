import { expect, test } from '@playwright/test';
import { translate, type MessageKey } from '../../src/shared/i18n';
import { isolateGitConfig } from '../../src/main/handoff/repo-fixture';
import { secretsRepo, type SecretsRepo } from '../../src/main/handoff/secrets-repo-fixture';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * "Give to Devin as a secret" through the real UI, router, handoff service, git and devin-sim: a
 * repository whose .env, code and deploy key hold values the session needs → each value goes as
 * a session secret (the .env and key files themselves left out) → the preview lists them masked →
 * Send → devin-sim received a prompt with references and no value, and every value in
 * `session_secrets`, sensitive. No value reaches the page, the app log (which holds the API
 * client's request log) or the sim's request log.
 */
let restoreGit: () => void;
test.beforeAll(() => {
  restoreGit = isolateGitConfig();
});
test.afterAll(() => restoreGit());

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`handoff session secrets (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    let h: Harness;
    let s: SecretsRepo;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
      s = secretsRepo(locale === 'en' ? 11 : 12, 'handoff-secrets-e2e-');
    });
    test.afterEach(async () => {
      await h.stop();
      s.repo.cleanup();
    });

    test('each value goes as a sensitive session secret, none in the prompt, page or logs', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await page.getByRole('link', { name: tr('ui.nav.handoff') }).click();
      await page.getByLabel(tr('ui.handoff.start.pathLabel')).fill(s.repo.dir);
      await page.getByRole('button', { name: tr('ui.handoff.start.open') }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'acme/shop' })).toBeVisible();
      await page.getByLabel(tr('ui.handoff.task.label')).fill(locale === 'en' ? 'Make checkout work against staging' : '让结账流程在预发布环境中运行');

      // Every value: the fourth choice; files that are secrets by name: left out.
      const findings = page.getByRole('region', { name: new RegExp(tr('ui.handoff.findings.title')) });
      const secretButtons = findings.getByRole('button', { name: tr('ui.handoff.finding.secret') });
      await expect(secretButtons.first()).toBeVisible();
      while ((await secretButtons.count()) > 0) await secretButtons.first().click();
      const excludeButtons = findings.getByRole('button', { name: tr('ui.handoff.finding.exclude') });
      while ((await excludeButtons.count()) > 0) await excludeButtons.first().click();
      const send = page.getByRole('button', { name: tr('ui.handoff.send') });
      await expect(send).toBeEnabled();

      // The preview lists exactly the values going as secrets, masked.
      const list = page.getByRole('list', { name: tr('ui.handoff.secrets.listLabel') });
      await expect(list.getByRole('listitem')).toHaveCount(3);
      for (const key of ['STRIPE_SECRET_KEY', 'DATABASE_URL', 'DEPLOY_KEY_PEM']) await expect(list.getByText(key, { exact: true })).toBeVisible();
      await expect(list.getByText(`${s.stripe.slice(0, 4)}…(${s.stripe.length})`)).toBeVisible();
      await shootBothThemes(page, `handoff-session-secrets-${locale}`);

      // A name can be edited; a bad one holds Send with its reason.
      const name = findings.getByLabel(tr('ui.handoff.finding.secretKey')).first();
      await name.fill('stripe key');
      await expect(findings.getByText(tr('ui.handoff.secret.problem.chars'))).toBeVisible();
      await expect(send).toBeDisabled();
      await shootBothThemes(page, `handoff-session-secrets-bad-name-${locale}`);
      await name.fill('STRIPE_API_KEY');
      await expect(list.getByText('STRIPE_API_KEY', { exact: true })).toBeVisible();
      await expect(send).toBeEnabled();

      await page.getByRole('tab', { name: tr('ui.handoff.preview.tabPrompt') }).click();
      const pre = page.getByLabel(tr('ui.handoff.preview.promptLabel'));
      await expect(pre).toContainText('«secret:STRIPE_API_KEY»');
      const previewed = (await pre.textContent()) ?? '';
      expect(previewed).toContain('Session secrets: STRIPE_API_KEY, DATABASE_URL, DEPLOY_KEY_PEM hold values taken out of this prompt');
      await shootBothThemes(page, `handoff-session-secrets-prompt-${locale}`);

      await send.click();
      await expect(page).toHaveURL(/#\/sessions\/devin-[0-9a-f]+$/);
      const id = decodeURIComponent(new URL(page.url()).hash.replace('#/sessions/', ''));
      const received = h.sim.control.getCreatedRequest(id) as { prompt: string };
      expect(received.prompt).toBe(previewed);
      expect(h.sim.control.sessionSecretsOf(id)).toEqual([
        { key: 'STRIPE_API_KEY', value: s.stripe, sensitive: true },
        { key: 'DATABASE_URL', value: s.dbUrl, sensitive: true },
        { key: 'DEPLOY_KEY_PEM', value: s.pem, sensitive: true },
      ]);
      expect(h.appLog.some((l) => l.includes('POST') && l.includes('/sessions'))).toBe(true);
      const seen = [received.prompt, await page.content(), h.appLog.join('\n'), JSON.stringify(h.sim.control.getRequests()), JSON.stringify(h.ipcLog)].join('\n');
      for (const v of [...s.values, s.dbUrl]) expect(seen).not.toContain(v);
    });
  });
}
