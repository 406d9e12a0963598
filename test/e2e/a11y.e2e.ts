import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { translate } from '../../src/shared/i18n';
import type { MessageKey } from '../../src/shared/i18n';
import { isolateGitConfig, makeRepo } from '../../src/main/handoff/repo-fixture';
import type { TempRepo } from '../../src/main/handoff/repo-fixture';
import { tokenFactory } from '../fixtures/secrets/planted/tokens';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { themeSettled } from './screens';

// Accessibility audit: axe-core on every screen and dialog (onboarding, org picker, each section with
// its detail panes and editors, handoff's trust card and findings, settings in each state, the shortcut sheet,
// confirmations), in light AND dark. Any serious or critical violation fails the test; lesser
// findings are printed for the record. a11y-known-violations.json lists tolerated ones (screen|rule):
// it is empty and must stay so. Fix the screen instead.

const require = createRequire(__filename);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const KNOWN = new Set<string>((JSON.parse(readFileSync(join(__dirname, 'a11y-known-violations.json'), 'utf8')) as { known: string[] }).known);
const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate('en', key, params);

// Hover and theme fades are off, so a colour is audited as it settles, not mid-transition.
test.use({ reducedMotion: 'reduce' });

interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Serious/critical violations seen in a test, as "screen|rule" keys, with a readable report each. */
type Seen = Map<string, string>;

/**
 * Runs axe in the page in both themes (page.evaluate is not subject to the page's CSP, which forbids
 * injected scripts). The window is made tall enough to show every scrolled pane whole: axe can only
 * measure the contrast of text it can see, and reports text below the fold as "needs review".
 */
async function audit(page: Page, screen: string, seen: Seen): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1100, height: 720 };
  const overflow = await page.evaluate(() =>
    Math.max(0, ...[...document.querySelectorAll<HTMLElement>('*')].map((el) => el.scrollHeight - el.clientHeight).filter((d) => d > 0 && d < 20_000)),
  );
  await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + overflow, 6000) });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await themeSettled(page); // measure contrast after the fade between themes
    const hasAxe = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
    if (!hasAxe) await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return r.violations;
    });
    for (const v of violations as AxeViolation[]) {
      const line = `${screen} (${scheme}): [${v.impact}] ${v.id}: ${v.help}`;
      if (v.impact === 'serious' || v.impact === 'critical') {
        // Every node with axe's reason (e.g. the measured contrast), so a failure says what to fix.
        const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`);
        const key = `${screen}|${v.id}`;
        seen.set(key, [seen.get(key), line, ...nodes].filter(Boolean).join('\n'));
      } else {
        console.log(`a11y note: ${line} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(viewport);
}

/** Fails on every serious/critical violation not tolerated in a11y-known-violations.json. */
function verdict(seen: Seen): void {
  const fresh = [...seen.entries()].filter(([key]) => !KNOWN.has(key)).map(([, report]) => report);
  expect(fresh, `serious/critical violations:\n${fresh.join('\n')}`).toEqual([]);
}

async function goToSection(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: false }).first().click();
  await expect(page.getByRole('main', { name: label })).toBeVisible();
}


test.describe('accessibility (axe-core)', () => {
  let h: Harness;
  test.afterEach(async ({ context }) => {
    // Close the pages first: the static server's close() waits for the browser's sockets.
    await context.close();
    await h.stop();
  });

  test('onboarding, the 401 error and the org picker', async ({ context }) => {
    h = await new Harness().start();
    const seen: Seen = new Map();
    const page = await h.open(context);
    await expect(page.getByLabel('Devin API key')).toBeVisible();
    await audit(page, 'onboarding', seen);
    await page.getByLabel('Devin API key').fill('cog_wrong_key');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await audit(page, 'onboarding with error', seen);
    await page.getByLabel('Devin API key').fill('cog_sim_enterprise');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Choose an organization' })).toBeVisible();
    await audit(page, 'org picker', seen);
    verdict(seen);
  });

  test('every shell section, the shortcut sheet and the sign-out dialog', async ({ context }) => {
    h = await new Harness({ simSeed: 'demo' }).start();
    const seen: Seen = new Map();
    const page = await h.open(context);
    await signIn(page);
    for (const section of ['Sessions', 'Handoff', 'Knowledge', 'Playbooks', 'Schedules', 'Usage', 'Settings']) {
      await goToSection(page, section);
      await page.waitForTimeout(200); // lists load from the sim
      await audit(page, section, seen);
    }
    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await audit(page, 'shortcut sheet', seen);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await audit(page, 'sign-out dialog', seen);
    verdict(seen);
  });

  test('sessions: the demo list, a session open, terminate, the composer', async ({ context }) => {
    h = await new Harness().start();
    const seen: Seen = new Map();
    const page = await h.open(context);
    await page.getByRole('button', { name: 'Try the demo' }).click();
    await expect(page.locator('.demo-badge')).toContainText('DEMO');
    await goToSection(page, 'Sessions');
    await page.waitForTimeout(300);
    await audit(page, 'demo sessions', seen);

    // A running session, open in the detail pane.
    const list = page.getByRole('tree', { name: 'Sessions' });
    await list.locator('[role="treeitem"][aria-level="2"]').filter({ hasText: 'Working' }).first().click();
    const detail = page.getByRole('article');
    await expect(detail).toBeVisible();
    await page.waitForTimeout(300); // messages load
    await audit(page, 'session detail', seen);
    await detail.getByRole('button', { name: tr('ui.sessions.detail.terminate') }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await audit(page, 'terminate dialog', seen);
    await page.getByRole('alertdialog').getByRole('button', { name: tr('ui.sessions.detail.cancel') }).click();

    await page.locator('body').press('n');
    await expect(page.getByRole('dialog', { name: tr('ui.sessions.composer.title') })).toBeVisible();
    await audit(page, 'composer dialog', seen);
    verdict(seen);
  });

  test('knowledge, playbooks and schedules: detail, editors, delete confirmation', async ({ context }) => {
    h = await new Harness({ simSeed: 'demo' }).start();
    const seen: Seen = new Map();
    const page = await h.open(context);
    await signIn(page);
    const detail = page.locator('.lib-detail');
    const firstRow = () => page.getByRole('listbox').getByRole('option').first();

    await goToSection(page, 'Knowledge');
    await firstRow().click();
    await expect(detail.getByRole('heading', { level: 2 })).toBeVisible();
    await audit(page, 'knowledge detail', seen);
    await detail.getByRole('button', { name: tr('library.delete') }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await audit(page, 'delete dialog', seen);
    await page.getByRole('alertdialog').getByRole('button', { name: tr('library.cancel') }).click();
    await page.getByRole('button', { name: tr('knowledge.new') }).first().click();
    await page.getByLabel(tr('knowledge.field.name'), { exact: true }).fill('Release steps');
    await page.getByLabel(tr('knowledge.field.body')).fill('## Steps\n\n- Tag the release\n- Run `make publish`');
    await audit(page, 'knowledge editor', seen);
    await page.getByRole('tab', { name: tr('library.markdown.preview') }).click();
    await expect(page.getByRole('tabpanel').locator('h2')).toHaveText('Steps');
    await audit(page, 'knowledge editor preview', seen);

    await goToSection(page, 'Playbooks');
    await firstRow().click();
    await expect(detail.getByRole('heading', { level: 2 })).toBeVisible();
    await audit(page, 'playbook detail', seen);
    await page.getByRole('button', { name: tr('playbooks.new') }).first().click();
    await audit(page, 'playbook editor', seen);

    await goToSection(page, 'Schedules');
    await firstRow().click();
    await expect(detail.getByRole('heading', { level: 2 })).toBeVisible();
    await page.waitForTimeout(200); // its sessions load
    await audit(page, 'schedule detail', seen);
    await page.getByRole('button', { name: tr('schedules.new') }).first().click();
    await page.getByLabel(tr('schedules.field.frequency')).fill('0 25 * * 1-5'); // an error to show
    await page.getByLabel(tr('cron.helper.at'), { exact: true }).fill('09:00');
    await audit(page, 'schedule editor', seen);
    verdict(seen);
  });

  test.describe('handoff', () => {
    let restoreGit: () => void;
    let repo: TempRepo;
    test.beforeAll(() => {
      restoreGit = isolateGitConfig();
    });
    test.afterAll(() => restoreGit());

    test('a repository with findings, the preview and the diff', async ({ context }) => {
      repo = makeRepo('a11y-handoff-');
      try {
        repo.write('src/app.ts', 'export const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);\n');
        repo.commitAll('Initial commit');
        const bare = join(dirname(repo.dir), 'origin.git');
        repo.git('init', '-q', '--bare', bare);
        repo.git('remote', 'add', 'origin', bare);
        repo.git('push', '-q', '-u', 'origin', 'main');
        repo.git('remote', 'set-url', 'origin', 'git@github.com:acme/web.git');
        repo.write('src/app.ts', 'export const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0) ?? 0;\n');
        repo.write('src/config.ts', `export const token = '${tokenFactory(2026)('github-token:ghp')}';\n`);
        repo.write('.env', 'DATABASE_URL=postgres://app@localhost/app\n');

        h = await new Harness().start();
        const seen: Seen = new Map();
        const page = await h.open(context);
        await signIn(page);
        await goToSection(page, 'Handoff');
        // A folder named by a link waits on the trust card.
        await h.core.desktop.requestHandoff({ origin: 'link', path: repo.dir, task: 'Handle empty carts' });
        const trust = page.getByRole('region', { name: tr('ui.handoff.trust.title') });
        await expect(trust).toBeVisible();
        await audit(page, 'handoff trust card', seen);
        await trust.getByRole('button', { name: tr('ui.handoff.trust.cancel') }).click();
        h.folderChoice = repo.dir;
        await page.getByRole('button', { name: tr('ui.handoff.start.choose') }).click();
        await expect(page.getByRole('heading', { level: 2, name: 'acme/web' })).toBeVisible();
        await expect(page.getByRole('region', { name: new RegExp(tr('ui.handoff.findings.title')) })).toBeVisible();
        await audit(page, 'handoff findings', seen);

        const findings = page.getByRole('region', { name: new RegExp(tr('ui.handoff.findings.title')) });
        await findings.getByRole('button', { name: tr('ui.handoff.finding.allow') }).first().click();
        await expect(page.getByRole('alertdialog')).toBeVisible();
        await audit(page, 'handoff allow dialog', seen);
        await page.getByRole('alertdialog').getByRole('button', { name: tr('ui.handoff.allow.cancel') }).click();

        await page.getByLabel(tr('ui.handoff.task.label')).fill('Handle empty carts');
        // Excluding a file re-renders the list; take the first pending one each time.
        const exclude = findings.getByRole('button', { name: tr('ui.handoff.finding.exclude') });
        for (let left = await exclude.count(); left > 0; left--) {
          await exclude.first().click();
          await expect(exclude).toHaveCount(left - 1);
        }
        await expect(page.getByRole('button', { name: tr('ui.handoff.send') })).toBeEnabled();
        await audit(page, 'handoff ready', seen);
        await page.getByRole('tab', { name: tr('ui.handoff.preview.tabPrompt') }).click();
        await audit(page, 'handoff prompt', seen);
        verdict(seen);
      } finally {
        repo.cleanup();
      }
    });
  });

  test('settings: paused notifications, a time being picked, notifications off, a refused shortcut, Chinese', async ({ context }) => {
    h = await new Harness().start();
    const seen: Seen = new Map();
    const page = await h.open(context);
    await signIn(page);
    await goToSection(page, 'Settings');
    const notifications = page.getByRole('region', { name: tr('ui.settings.notifications') });

    await notifications.getByRole('button', { name: tr('ui.settings.notify.dnd1h') }).click();
    await expect(notifications.getByText(/^Paused until /)).toBeVisible();
    const shortcut = page.getByRole('textbox', { name: tr('ui.settings.shortcut') });
    await shortcut.focus();
    await page.keyboard.press('d'); // no modifier: explained, not saved
    await expect(page.getByText(/Add Ctrl or Alt to the key/)).toBeVisible();
    await audit(page, 'settings paused', seen);

    await notifications.getByRole('button', { name: tr('ui.settings.notify.resume') }).click();
    await notifications.getByRole('button', { name: tr('ui.settings.notify.dndCustom') }).click();
    await expect(notifications.getByLabel(tr('ui.settings.notify.dndTime'))).toBeFocused();
    await audit(page, 'settings picking a time', seen);

    await notifications.getByRole('switch', { name: tr('ui.settings.notify.enabled') }).click();
    await expect(notifications.getByRole('checkbox', { name: tr('ui.settings.notify.kind.finished') })).toBeDisabled();
    await audit(page, 'settings notifications off', seen);

    await page.getByRole('radio', { name: '简体中文' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
    await audit(page, 'settings zh-CN', seen);
    verdict(seen);
  });
});
