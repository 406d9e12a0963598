import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { translate, type MessageKey } from '../../src/shared/i18n';
import { isolateGitConfig, makeRepo, type TempRepo } from '../../src/main/handoff/repo-fixture';
import { tokenFactory } from '../fixtures/secrets/planted/tokens';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * Handoff through the real UI, router, handoff service, git and devin-sim: a repository with a
 * planted secret is dropped on the window → the findings block Send → Redact / Exclude → the exact
 * prompt is previewed → Send → devin-sim received EXACTLY that prompt and `repos`, and the new
 * session is watched and open. In English and Chinese, screenshots in both themes.
 */
const GH = tokenFactory(2026)('github-token:ghp'); // built at run time: no literal secret in the repo

let restoreGit: () => void;
test.beforeAll(() => {
  restoreGit = isolateGitConfig();
});
test.afterAll(() => restoreGit());

/**
 * acme/web on `main`, tracking origin/main and one commit ahead of it, with uncommitted work: an
 * edit, a new file holding a GitHub token, a .env, and a binary file.
 */
function plantedRepo(): TempRepo {
  const repo = makeRepo('handoff-e2e-');
  repo.write('src/app.ts', 'export function total(items: number[]): number {\n  return items.reduce((a, b) => a + b, 0);\n}\n');
  repo.write('README.md', '# Web\n');
  repo.commitAll('Initial commit');
  // A real upstream (a bare clone next to the repo), then the hosted URL for the slug.
  const bare = join(dirname(repo.dir), 'origin.git');
  repo.git('init', '-q', '--bare', bare);
  repo.git('remote', 'add', 'origin', bare);
  repo.git('push', '-q', '-u', 'origin', 'main');
  repo.git('remote', 'set-url', 'origin', 'git@github.com:acme/web.git');
  repo.write('README.md', '# Web\n\nThe storefront.\n');
  repo.commitAll('Describe the storefront');
  repo.write('src/app.ts', 'export function total(items: number[]): number {\n  // Empty carts are valid.\n  return items.reduce((a, b) => a + b, 0) ?? 0;\n}\n');
  repo.write('src/config.ts', `export const config = {\n  apiBase: 'https://api.example.com',\n  githubToken: '${GH}',\n};\n`);
  repo.write('.env', 'DATABASE_URL=postgres://app@localhost/app\n');
  repo.write('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
  return repo;
}

/** A folder dropped on the window, as the OS would: a DataTransfer carrying a File named like it. */
async function dropFolder(page: Page, name: string): Promise<void> {
  await page.evaluate((fileName) => {
    const dt = new DataTransfer();
    dt.items.add(new File([''], fileName));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, name);
}
async function releaseDrop(page: Page, name: string): Promise<void> {
  await page.evaluate((fileName) => {
    const dt = new DataTransfer();
    dt.items.add(new File([''], fileName));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, name);
}


for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`handoff (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    let h: Harness;
    let repo: TempRepo;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
      repo = plantedRepo();
    });
    test.afterEach(async () => {
      await h.stop();
      repo.cleanup();
    });

    test('drop a folder, resolve the findings, send exactly the preview', async ({ context }) => {
      const page = await h.open(context);
      await signIn(page, locale);
      await page.getByRole('link', { name: tr('ui.nav.handoff') }).click();
      await expect(page.getByRole('heading', { name: tr('ui.handoff.start.title') })).toBeVisible();

      // Drop the repository's folder anywhere on the window.
      h.registerDropPath('repo', repo.dir);
      await dropFolder(page, 'repo');
      await expect(page.getByText(tr('ui.handoff.overlay.title'))).toBeVisible();
      await shootBothThemes(page, `handoff-drop-${locale}`);
      await releaseDrop(page, 'repo');

      // The repository and its findings; Send is blocked.
      await expect(page.getByRole('heading', { level: 2, name: 'acme/web' })).toBeVisible();
      const findings = page.getByRole('region', { name: new RegExp(tr('ui.handoff.findings.title')) });
      await expect(findings.getByText(tr('ui.handoff.rule.github-token'))).toBeVisible();
      await expect(findings.getByText(tr('ui.handoff.rule.risky-file:env'))).toBeVisible();
      const send = page.getByRole('button', { name: tr('ui.handoff.send') });
      await expect(send).toBeDisabled();
      await expect(page.getByText(tr('ui.handoff.send.blockedTask'))).toBeVisible();
      expect(await page.content()).not.toContain(GH); // the secret never reached the page
      await expect(page.getByRole('region', { name: tr('ui.handoff.diff.fileLabel', { path: 'src/app.ts' }) })).toBeVisible();
      await shootBothThemes(page, `handoff-findings-${locale}`);

      const task = locale === 'en' ? 'Handle empty carts in total()\nAdd a unit test for an empty list.' : '处理 total() 中的空购物车\n为空列表添加单元测试。';
      await page.getByLabel(tr('ui.handoff.task.label')).fill(task);
      const tags = page.getByRole('textbox', { name: tr('ui.handoff.tags.label') });
      await tags.fill('web');
      await tags.press('Enter');
      await expect(page.getByText(tr('ui.handoff.send.blockedFindings', { count: 2 }))).toBeVisible();
      await expect(send).toBeDisabled();

      await findings.getByRole('group', { name: tr('ui.handoff.finding.actions', { rule: tr('ui.handoff.rule.github-token'), file: 'src/config.ts' }) }).getByRole('button', { name: tr('ui.handoff.finding.redact') }).click();
      await findings.getByRole('group', { name: tr('ui.handoff.finding.actions', { rule: tr('ui.handoff.rule.risky-file:env'), file: '.env' }) }).getByRole('button', { name: tr('ui.handoff.finding.exclude') }).click();
      await expect(send).toBeEnabled();

      // The unpushed commit goes along as a patch (read on demand: the folder is read again, decisions kept).
      await expect(page.getByText(tr('ui.handoff.warning.UNPUSHED_COMMITS', { count: 1 }))).toBeVisible();
      await page.getByLabel(tr('ui.handoff.unpushed.label')).check();
      await expect(page.getByLabel(tr('ui.handoff.unpushed.label'))).toBeChecked();
      await expect(send).toBeEnabled();

      // The exact prompt, as main will send it.
      await page.getByRole('tab', { name: tr('ui.handoff.preview.tabPrompt') }).click();
      const pre = page.getByLabel(tr('ui.handoff.preview.promptLabel'));
      await expect(pre).toContainText('«redacted:github-token»');
      const previewed = (await pre.textContent()) ?? '';
      expect(previewed.startsWith(`Repo: acme/web (branch: main)\n\n${task}\n\nUncommitted changes:\nBase: `)).toBe(true);
      expect(previewed).toContain('(tracking origin/main: 1 ahead, 0 behind; 1 commit not on the remote)');
      expect(previewed).not.toContain(GH);
      expect(previewed).toContain('- .env: left out by the user (possible secret)');
      expect(previewed).toContain('- assets/logo.png: binary file (12 bytes), not inlined');
      expect(previewed).toContain('Unpushed commits (not on the remote; apply them with `git am` before the diff above):');
      expect(previewed).toContain('Subject: [PATCH] Describe the storefront');
      await pre.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `handoff-preview-${locale}`);
      await page.getByRole('tab', { name: tr('ui.handoff.preview.tabDiff') }).click();
      await expect(page.getByRole('region', { name: tr('ui.handoff.diff.fileLabel', { path: 'src/config.ts' }) })).toContainText('«redacted:github-token»');
      await shootBothThemes(page, `handoff-diff-${locale}`);

      // Send: exactly one create, with exactly the previewed prompt; the session is watched and open.
      await send.click();
      await expect(page).toHaveURL(/#\/sessions\/devin-[0-9a-f]+$/);
      const id = decodeURIComponent(new URL(page.url()).hash.replace('#/sessions/', ''));
      const creates = h.sim.control.getRequests().filter((r) => r.method === 'POST' && /\/sessions$/.test(r.path));
      expect(creates).toHaveLength(1);
      const title = task.split('\n')[0] ?? '';
      // knowledge_ids and secret_ids: null are the default choices (all), sent explicitly.
      expect(h.sim.control.getCreatedRequest(id)).toEqual({ title, tags: ['handoff', 'web'], repos: ['acme/web'], prompt: previewed, knowledge_ids: null, secret_ids: null });
      const sends = h.ipcLog.filter((r) => r.channel === 'handoff:send');
      expect(sends).toHaveLength(1);
      expect(h.core.sessions.list({}).find((v) => v.id === id)?.watched).toBe(true);
      await expect(page.getByRole('article', { name: title }).getByRole('heading', { level: 2, name: title })).toBeVisible();
    });
  });
}

/**
 * Side doors: lines that are not added, a file name and a commit message all leave with the prompt.
 * acme/shop is on its remote; the working tree drops a committed token (a removed line the remote
 * already has), adds a kubeconfig with a base64 key, and a file whose name holds a token.
 */
const OLD = tokenFactory(7)('github-token:ghp');
const IN_NAME = tokenFactory(8)('github-token:ghp');
const IN_MESSAGE = tokenFactory(9)('github-token:ghp');
const KEY_DATA = tokenFactory(10)('base64-private-key');

function pushedRepo(): TempRepo {
  const repo = makeRepo('handoff-e2e-doors-');
  repo.write('src/app.ts', 'export const shop = true;\n');
  repo.write('config/legacy.ini', `[github]\ntoken = ${OLD}\nuser = ci\n`);
  repo.commitAll('Initial commit');
  const bare = join(dirname(repo.dir), 'origin.git');
  repo.git('init', '-q', '--bare', bare);
  repo.git('remote', 'add', 'origin', bare);
  repo.git('push', '-q', '-u', 'origin', 'main');
  repo.git('remote', 'set-url', 'origin', 'git@github.com:acme/shop.git');
  return repo;
}

for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`handoff side doors (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale, key, params);
    let h: Harness;
    let repo: TempRepo;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
      repo = pushedRepo();
    });
    test.afterEach(async () => {
      await h.stop();
      repo.cleanup();
    });

    async function openShop(context: Parameters<Harness['open']>[0]): Promise<Page> {
      const page = await h.open(context);
      await page.setViewportSize({ width: 1180, height: 900 });
      await signIn(page, locale);
      await page.getByRole('link', { name: tr('ui.nav.handoff') }).click();
      h.folderChoice = repo.dir;
      await page.getByRole('button', { name: tr('ui.handoff.start.choose') }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'acme/shop' })).toBeVisible();
      return page;
    }

    test('removed lines (already on the remote), a kubeconfig key and a file name are findings; decided, none of them is sent', async ({ context }) => {
      repo.write('config/legacy.ini', '[github]\ntoken = ${GITHUB_TOKEN}\nuser = ci\n');
      repo.write('deploy/kubeconfig', `users:\n- name: admin\n  user:\n    client-key-data: ${KEY_DATA}\n`);
      repo.write(`exports/${IN_NAME}.csv`, 'id,total\n1,10\n');
      const page = await openShop(context);
      const findings = page.getByRole('region', { name: new RegExp(tr('ui.handoff.findings.title')) });
      await expect(findings.getByText(tr('ui.handoff.finding.removed', { file: 'config/legacy.ini', line: 2 }))).toBeVisible();
      await expect(findings.getByText(tr('ui.handoff.finding.onRemote'))).toBeVisible();
      await expect(findings.getByText(tr('ui.handoff.rule.risky-file:kubeconfig'))).toBeVisible();
      await expect(findings.getByText(tr('ui.handoff.rule.base64-private-key'))).toBeVisible();
      await expect(findings.getByText(tr('ui.handoff.finding.inName', { file: `exports/${IN_NAME}.csv` }))).toBeVisible();
      await expect(findings.getByText(tr('ui.handoff.findings.introOldLines'))).toBeVisible();
      const content = await page.content();
      expect(content).not.toContain(OLD);
      expect(content).not.toContain(KEY_DATA.slice(0, 40));
      await expect(page.getByRole('region', { name: tr('ui.handoff.diff.fileLabel', { path: 'config/legacy.ini' }) })).toBeVisible();
      await findings.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `handoff-side-doors-${locale}`);

      await page.getByLabel(tr('ui.handoff.task.label')).fill(locale === 'en' ? 'Read the token from the environment' : '从环境变量读取令牌');
      await findings.getByRole('button', { name: tr('ui.handoff.findings.redactAll') }).click();
      // What is left cannot be redacted (a name): leave those files out.
      const exclude = findings.getByRole('button', { name: tr('ui.handoff.finding.exclude') });
      await expect(exclude).toHaveCount(2);
      while ((await exclude.count()) > 0) await exclude.first().click();
      await expect(page.getByRole('button', { name: tr('ui.handoff.send') })).toBeEnabled();
      await page.getByRole('tab', { name: tr('ui.handoff.preview.tabPrompt') }).click();
      const pre = page.getByLabel(tr('ui.handoff.preview.promptLabel'));
      await expect(pre).toContainText('-token = «redacted:github-token»');
      const prompt = (await pre.textContent()) ?? '';
      for (const s of [OLD, IN_NAME, KEY_DATA.slice(0, 40)]) expect(prompt).not.toContain(s);
      expect(prompt).toContain('in removed or unchanged lines of: config/legacy.ini. Those hunks do not apply verbatim');
      expect(prompt).toContain('- 1 more file, not named here or in the list of changes: left out by the user (the name holds a possible secret)');
      await pre.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `handoff-side-doors-prompt-${locale}`);
    });

    test('an unpushed commit’s message is scanned: its finding can be redacted or leave the commits out', async ({ context }) => {
      repo.write('src/app.ts', 'export const shop = false;\n');
      repo.commitAll(`Rotate the deploy key\n\nThe old one was ${IN_MESSAGE}; revoked.`);
      repo.write('src/app.ts', 'export const shop = 1;\n');
      const page = await openShop(context);
      await page.getByLabel(tr('ui.handoff.unpushed.label')).check();
      const findings = page.getByRole('region', { name: new RegExp(tr('ui.handoff.findings.title')) });
      const sha = repo.git('rev-parse', 'HEAD').trim().slice(0, 12);
      await expect(findings.getByText(tr('ui.handoff.finding.message', { sha, line: 6 }))).toBeVisible();
      await expect(findings.getByRole('button', { name: tr('ui.handoff.finding.excludeCommits') })).toBeVisible();
      expect(await page.content()).not.toContain(IN_MESSAGE);
      await expect(page.getByRole('region', { name: tr('ui.handoff.diff.fileLabel', { path: 'src/app.ts' }) }).first()).toBeVisible();
      await findings.scrollIntoViewIfNeeded();
      await shootBothThemes(page, `handoff-commit-message-${locale}`);

      await page.getByLabel(tr('ui.handoff.task.label')).fill('Carry on');
      await findings.getByRole('button', { name: tr('ui.handoff.finding.redact') }).click();
      await page.getByRole('tab', { name: tr('ui.handoff.preview.tabPrompt') }).click();
      const pre = page.getByLabel(tr('ui.handoff.preview.promptLabel'));
      await expect(pre).toContainText('The old one was «redacted:github-token»; revoked.');
      expect((await pre.textContent()) ?? '').not.toContain(IN_MESSAGE);
    });
  });
}

test.describe('handoff: other ways in (en)', () => {
  let h: Harness;
  let repo: TempRepo;
  test.beforeEach(async () => {
    h = await new Harness({ settings: { locale: 'en' } }).start();
    repo = plantedRepo();
  });
  test.afterEach(async () => {
    await h.stop();
    repo.cleanup();
  });

  test('Choose folder…, recent repositories, and a tray / deep-link request with a task', async ({ context }) => {
    const page = await h.open(context);
    await signIn(page, 'en');
    await page.getByRole('link', { name: 'Handoff' }).click();

    h.folderChoice = repo.dir;
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'acme/web' })).toBeVisible();
    await page.getByRole('button', { name: 'Change folder' }).click();
    const recent = page.getByRole('button', { name: `Open ${repo.dir}` });
    await expect(recent).toBeVisible();
    await shootBothThemes(page, 'handoff-start-en');

    // What the tray, `devin-tray://handoff?path=…&task=…` or a second launch ask for.
    // A folder of a repository in Recent opens at once (handoff-hostile.e2e.ts has one that waits for a click).
    await h.core.desktop.requestHandoff({ origin: 'link', path: join(repo.dir, 'src'), task: 'From the tray' });
    await expect(page.getByRole('heading', { level: 2, name: 'acme/web' })).toBeVisible();
    await expect(page.getByLabel('Task for Devin')).toHaveValue('From the tray');

    await page.setViewportSize({ width: 720, height: 720 });
    await expect(page.getByRole('region', { name: 'Diff of src/app.ts' })).toBeVisible();
    await shootBothThemes(page, 'handoff-narrow-en');
  });

  test('a remote that was never fetched: unpushed commits are unknown, not claimed', async ({ context }) => {
    // Cloned from an empty repository, as after creating one on GitHub: no remote-tracking branch yet.
    const fresh = makeRepo('handoff-e2e-fresh-');
    try {
      fresh.write('src/app.ts', 'export const answer = 42;\n');
      fresh.commitAll('First commit');
      fresh.git('remote', 'add', 'origin', 'https://github.com/acme/fresh.git');
      fresh.write('src/app.ts', 'export const answer = 43;\n');
      const page = await h.open(context);
      await page.setViewportSize({ width: 1100, height: 720 });
      await signIn(page, 'en');
      await page.getByRole('link', { name: 'Handoff' }).click();
      h.folderChoice = fresh.dir;
      await page.getByRole('button', { name: 'Choose folder…' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'acme/fresh' })).toBeVisible();
      const option = page.getByRole('checkbox', { name: /Include unpushed commits/ });
      await expect(option).toBeDisabled();
      await expect(page.getByText(translate('en', 'ui.handoff.unpushed.unknown'))).toBeVisible();
      await page.getByLabel('Task for Devin').fill('Bump the answer');
      await page.getByRole('tab', { name: 'Exact prompt' }).click();
      await expect(page.getByText(/no remote-tracking branches, so which commits are not on the remote is unknown/)).toBeVisible();
      await expect(page.getByText(/merge commit/)).toHaveCount(0);
      await option.scrollIntoViewIfNeeded();
      await shootBothThemes(page, 'handoff-unfetched-en');
    } finally {
      fresh.cleanup();
    }
  });
});
