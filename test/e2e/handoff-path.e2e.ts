import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { translate } from '../../src/shared/i18n';
import { isolateGitConfig } from '../../src/main/handoff/repo-fixture';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/** #13 point 9: the handoff path field expands ~ and refuses relative paths (main decides). */
let restoreGit: () => void;
test.beforeAll(() => {
  restoreGit = isolateGitConfig();
});
test.afterAll(() => restoreGit());

for (const locale of ['en', 'zh-CN'] as const) {
  const tr = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);

  test.describe(`handoff path field (${locale})`, () => {
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
    });

    test('a relative path is refused with a clear message; ~/… opens the repository in the home folder', async ({ context }) => {
      // The harness's home folder (what ~ means to main) holds a repository "app".
      const repoDir = join(h.userDataDir, 'home', 'app');
      mkdirSync(repoDir, { recursive: true });
      execFileSync('git', ['init', '-q', '-b', 'main', repoDir]);
      writeFileSync(join(repoDir, 'a.txt'), 'a\n');
      execFileSync('git', ['-C', repoDir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'add', '-A']);
      execFileSync('git', ['-C', repoDir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init']);

      const page = await h.open(context);
      await signIn(page, locale);
      await page.getByRole('navigation').getByRole('link', { name: tr('ui.nav.handoff') }).click();
      const field = page.getByLabel(tr('ui.handoff.start.pathLabel'));

      // "." would be this very repository if it were resolved against the app's working directory.
      await field.fill('.');
      await page.getByRole('button', { name: tr('ui.handoff.start.open'), exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(tr('error.PATH_NOT_ABSOLUTE', { path: '.' }));
      await shootBothThemes(page, `handoff-path-relative-${locale}`);

      await page.getByLabel(tr('ui.handoff.start.pathLabel')).fill('~/app');
      await page.getByRole('button', { name: tr('ui.handoff.start.open'), exact: true }).click();
      await expect(page.getByText(repoDir).first()).toBeVisible();
    });
  });
}
