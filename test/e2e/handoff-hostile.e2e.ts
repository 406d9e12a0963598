import { expect, test } from '@playwright/test';
import { translate, type MessageKey } from '../../src/shared/i18n';
import { makeHostileRepo, type HostileRepo } from '../../src/main/handoff/hostile-repo-fixture';
import { isolateGitConfig } from '../../src/main/handoff/repo-fixture';
import { Harness } from './harness';
import { shootBothThemes } from './screens';
import { signIn } from './sign-in';

/**
 * Handoff of a folder that tries to run its own programs (an fsmonitor, a post-index-change hook,
 * filters pulled in by include.path and .git/info/attributes, a diff driver, a signature program;
 * see hostile-repo-fixture.ts), through the real UI, router, handoff service and git: nothing it
 * names runs (its marker file never appears), and the file behind a filter that was not run is
 * listed, not inlined, with the reason on screen.
 */
let restoreGit: () => void;
test.beforeAll(() => {
  restoreGit = isolateGitConfig();
});
test.afterAll(() => restoreGit());

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`hostile folder (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    let h: Harness;
    let repo: HostileRepo;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
      repo = makeHostileRepo('all');
    });
    test.afterEach(async () => {
      await h.stop();
      repo.cleanup();
    });

    test('a folder chosen in the dialog is inspected at once, and runs nothing', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await page.getByRole('link', { name: tr('ui.nav.handoff') }).click();
      h.folderChoice = repo.dir;
      await page.getByRole('button', { name: tr('ui.handoff.start.choose') }).click();

      await expect(page.getByRole('heading', { level: 2, name: 'repo' })).toBeVisible();
      const warning = page.getByText(tr('handoff.warning.FILTER_NOT_RUN', { count: 2, drivers: 'sneaky' }));
      await expect(warning).toBeVisible();
      await expect(page.getByText(tr('ui.handoff.reason.filter', { driver: 'sneaky' })).first()).toBeVisible();
      await shootBothThemes(page, `handoff-hostile-filtered-${locale}`);
      await page.getByLabel(tr('ui.handoff.task.label')).fill('Look');
      await page.getByRole('tab', { name: tr('ui.handoff.preview.tabPrompt') }).click();
      await expect(page.getByLabel(tr('ui.handoff.preview.promptLabel'))).toContainText('- a.txt: the repository\'s "sneaky" filter was not run on it, not inlined');
      expect(repo.ran()).toBe(false);
    });
  });
}
