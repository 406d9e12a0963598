import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
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
 * listed, not inlined, with the reason on screen. A folder named by a link (not in Recent) is
 * shown and waits for Inspect: until the click there is no `handoff:inspect` and no git process
 * at all (git is reached through a wrapper on PATH that logs every start).
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

/** Puts a `git` first on PATH that logs each start, then runs the real git; returns the log and an undo. */
function loggingGit(): { log: string; starts: () => string[]; restore: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-e2e-gitlog-'));
  const log = join(dir, 'starts.log');
  const real = process.env.PATH?.split(':').map((d) => join(d, 'git')).find((p) => existsSync(p)) ?? '/usr/bin/git';
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  const saved = process.env.PATH;
  process.env.PATH = `${dir}:${saved ?? ''}`;
  return {
    log,
    starts: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    restore: () => {
      process.env.PATH = saved;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`a folder named by a link (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    let h: Harness;
    let repo: HostileRepo;
    let git: ReturnType<typeof loggingGit>;
    test.beforeEach(async () => {
      repo = makeHostileRepo('all');
      git = loggingGit();
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
      git.restore();
      repo.cleanup();
    });

    const inspects = () => h.ipcLog.filter((r) => r.channel === 'handoff:inspect');
    const card = (page: Page) => page.getByRole('region', { name: tr('ui.handoff.trust.title') });

    test('waits for Inspect before any git runs; then it is read (and runs nothing), and the next link to it opens at once', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      const task = locale === 'en' ? 'Review the change' : '审查这个改动';
      // What app.ts does with devin-tray://handoff?path=…&task=… (and a second launch with --handoff).
      await h.core.desktop.requestHandoff({ origin: 'link', path: repo.dir, task });

      await expect(card(page)).toBeVisible();
      await expect(card(page).getByText(repo.dir, { exact: true })).toBeVisible();
      await expect(card(page).getByText(task)).toBeVisible();
      await expect(card(page).getByText(tr('ui.handoff.trust.body'))).toBeVisible();
      await shootBothThemes(page, `handoff-trust-${locale}`);
      await page.waitForTimeout(500); // time for anything that would run on its own
      expect(inspects()).toHaveLength(0);
      expect(git.starts()).toEqual([]);
      expect(repo.ran()).toBe(false);

      await card(page).getByRole('button', { name: tr('ui.handoff.trust.inspect') }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'repo' })).toBeVisible();
      await expect(page.getByLabel(tr('ui.handoff.task.label'))).toHaveValue(task);
      expect(inspects()).toHaveLength(1);
      expect(git.starts().length).toBeGreaterThan(0);
      expect(repo.ran()).toBe(false);

      // Now in Recent: a link to it opens at once.
      await h.core.desktop.requestHandoff({ origin: 'link', path: repo.dir });
      await expect.poll(() => inspects().length).toBe(2);
      await expect(card(page)).toHaveCount(0);
      expect(repo.ran()).toBe(false);
    });

    test('Cancel forgets the folder: no inspection, no git', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await h.core.desktop.requestHandoff({ origin: 'link', path: repo.dir });
      await card(page).getByRole('button', { name: tr('ui.handoff.trust.cancel') }).click();
      await expect(page.getByRole('heading', { name: tr('ui.handoff.start.title') })).toBeVisible();
      await expect(card(page)).toHaveCount(0);
      expect(inspects()).toHaveLength(0);
      expect(git.starts()).toEqual([]);
      expect(repo.ran()).toBe(false);
    });
  });
}
