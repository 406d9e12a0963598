import { expect, test, type Page } from '@playwright/test';
import { translate, type Locale, type MessageKey } from '../../src/shared/i18n';
import { currentTrayView, watchKeyRejection } from '../../src/main/electron/tray-view-source';
import type { TrayMenuItem } from '../../src/shared/sessions/tray-menu';
import { trackWindowVisibility } from '../../scripts/preview-visibility';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';
import { showDesktopMock } from './desktop-mock';

/** The tray as the Electron glue shows it: the very function tray.ts calls, over the real core. */
const trayOf = (h: Harness, keyRejected?: () => boolean) => currentTrayView({ core: h.core, isOnline: () => true, ...(keyRejected ? { keyRejected } : {}) }, Date.now());
const attentionLabels = (menu: TrayMenuItem[]) => menu.flatMap((i) => (i.kind === 'item' && i.attention ? [i.label] : []));
const headers = (menu: TrayMenuItem[]) => menu.flatMap((i) => (i.kind === 'header' ? [i.label] : []));
const LIST = '^/v3/organizations/org-sim/sessions$';
const listRequests = (h: Harness) => h.sim.control.getRequests().filter((r) => r.method === 'GET' && new RegExp(LIST).test(r.path));

/**
 * Issue #13 points 4, 6 and 7 through the real UI, router, tracker and devin-sim, in English
 * and Chinese: one attention scope for tray icon, badge, tooltip and menu (and a tooltip that
 * tells a 503 from the network from a 401); notification bodies made plain from Markdown; the
 * Refresh button, `R` and the live "synced N s ago" line.
 */
for (const locale of ['en', 'zh-CN'] as const) {
  test.describe(`tray and sync (${locale})`, () => {
    const tr = (key: MessageKey, params: Record<string, string | number> = {}) => translate(locale as Locale, key, params);
    let h: Harness;
    test.beforeEach(async () => {
      h = await new Harness({ settings: { locale } }).start();
    });
    test.afterEach(async () => {
      await h.stop();
    });

    test('(4) the tray speaks of one scope: 27 teammates waiting leave it idle; a watched one lights icon, badge, tooltip and menu alike', async ({ context }) => {
      test.setTimeout(120_000);
      // One title a search finds alone (a number would also match the hex ids).
      const teammate = (i: number) =>
        i === 3 ? (locale === 'en' ? 'Rotate the staging keys' : '轮换预发布环境密钥') : locale === 'en' ? `Teammate task ${i + 1}` : `同事的任务 ${i + 1}`;
      for (let i = 0; i < 27; i++) {
        h.sim.control.createSession({ title: teammate(i), status: 'running', status_detail: 'waiting_for_user', user_id: 'user-teammate', service_user_id: null });
      }
      const page = await h.open(context);
      await signIn(page, locale);
      await expect.poll(() => h.core.sessions.list({}).length).toBe(27);
      expect(h.core.settings.get().notifications.scope).toBe('watched');

      // The default (watched only): nothing of mine waits. Icon, badge, tooltip and menu all say so.
      let tray = trayOf(h);
      expect(tray).toMatchObject({ icon: 'idle', badgeCount: 0, tooltip: tr('sessions.tray.idle') });
      expect(attentionLabels(tray.menu)).toEqual([]);
      expect(tray.menu[0]).toMatchObject({ kind: 'item', label: tr('sessions.menu.noWatched') });
      await showDesktopMock(page, { caption: 'tray: watched scope, 27 teammates waiting', tray });
      await shootBothThemes(page, `tray-watched-idle-${locale}`);

      // Watch one from its detail: exactly that one, everywhere.
      await page.goto(h.rendererUrl);
      const list = page.getByRole('tree', { name: tr('ui.sessions.listLabel') });
      // The list is windowed: find it first.
      await page.getByRole('searchbox', { name: tr('ui.sessions.searchLabel') }).fill(teammate(3));
      // Wait for the (debounced) search to apply: a click while the rows move lands on empty space.
      await expect(list.getByRole('treeitem', { level: 2 })).toHaveCount(1);
      await list.getByRole('treeitem', { name: new RegExp(`${teammate(3)},`) }).click();
      await expect(page).toHaveURL(/#\/sessions\/devin-/);
      const detail = page.getByRole('article', { name: teammate(3) });
      await detail.getByRole('button', { name: tr('ui.sessions.detail.watch'), exact: true }).click();
      await expect(detail.getByRole('button', { name: tr('ui.sessions.detail.watching'), exact: true })).toBeVisible();
      await expect.poll(() => trayOf(h).badgeCount).toBe(1);
      tray = trayOf(h);
      expect(tray).toMatchObject({ icon: 'needs-attention', tooltip: tr('sessions.tray.attention', { count: 1 }) });
      expect(headers(tray.menu)[0]).toBe(tr('sessions.menu.attentionHeaderCount', { count: 1 }));
      expect(attentionLabels(tray.menu)).toEqual([tr('sessions.menu.sessionLabel', { title: teammate(3), state: tr('sessions.state.waiting_for_user') })]);
      await showDesktopMock(page, { caption: 'tray: watched scope, one watched session waiting', tray });
      await shootBothThemes(page, `tray-watched-one-${locale}`);

      // Settings → notifications → All sessions: 27 in the badge, the tooltip and the header; ten listed, "17 more".
      await page.goto(h.rendererUrl);
      await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${tr('ui.nav.settings')}`) }).click();
      await page.getByRole('region', { name: tr('ui.settings.notifications') }).getByRole('radio', { name: tr('ui.settings.notify.scope.all') }).click();
      await expect.poll(() => h.core.settings.get().notifications.scope).toBe('all');
      tray = trayOf(h);
      expect(tray).toMatchObject({ icon: 'needs-attention', badgeCount: 27, tooltip: tr('sessions.tray.attention', { count: 27 }) });
      expect(headers(tray.menu)[0]).toBe(tr('sessions.menu.attentionHeaderCount', { count: 27 }));
      expect(attentionLabels(tray.menu)).toHaveLength(10);
      expect(tray.menu.some((i) => i.kind === 'item' && i.label === tr('sessions.menu.attentionMore', { count: 17 }))).toBe(true);
      await showDesktopMock(page, { caption: 'tray: all sessions, 27 waiting', tray });
      await shootBothThemes(page, `tray-all-${locale}`);
    });

    test('(4, 7) a 503, a network failure and a 401 are told apart in the tray tooltip and the sync line, which recovers', async ({ context }) => {
      test.setTimeout(150_000);
      const mine = h.sim.control.createSession({ title: locale === 'en' ? 'Fix the login page' : '修复登录页面', status: 'running', status_detail: 'working' });
      const rejection = watchKeyRejection(h.core); // as tray.ts does
      const page = await h.open(context);
      await signIn(page, locale);
      await expect.poll(() => h.core.sessions.list({}).length).toBe(1);
      await h.core.sessions.watch(mine.session_id);
      const line = page.getByTestId('sync-line');
      await expect(line).toHaveText(/^(Synced|刚刚|\d+ 秒前)/);

      // Devin under maintenance (503 on every list call, retries included).
      const unavailable = h.sim.control.addFault({ method: 'GET', path: LIST, kind: 'status', status: 503, times: -1 });
      await page.keyboard.press('r');
      await expect(line).toHaveText(tr('ui.sessions.sync.unavailable'), { timeout: 30_000 });
      const t503 = trayOf(h);
      expect(t503.icon).toBe('error');
      expect(t503.tooltip).toMatch(new RegExp(`^${escapeRe(tr('sessions.tray.unavailable', { seconds: 999 })).replace('999', '\\d+')}$`));
      await shootBothThemes(page, `sessions-sync-503-${locale}`);
      await showDesktopMock(page, { caption: 'tray: Devin answers 503', tray: t503 });
      await shootBothThemes(page, `tray-503-${locale}`);
      await page.goto(h.rendererUrl);

      // Recovered: the line goes back to the sync time.
      h.sim.control.clearFaults();
      expect(unavailable).toBeTruthy();
      await page.getByRole('button', { name: tr('ui.sessions.refresh') }).click();
      await expect(line).toHaveText(tr('ui.sessions.sync.justNow'), { timeout: 30_000 });
      expect(trayOf(h).icon).toBe('running');

      // The network drops (no answer at all): "cannot reach", not "unavailable".
      h.sim.control.addFault({ method: 'GET', path: LIST, kind: 'drop', times: -1 });
      await page.keyboard.press('r');
      await expect(line).toHaveText(tr('ui.sessions.sync.unreachable'), { timeout: 30_000 });
      const tNet = trayOf(h);
      expect(tNet.tooltip).toMatch(new RegExp(`^${escapeRe(tr('sessions.tray.error', { seconds: 999 })).replace('999', '\\d+')}$`));
      await shootBothThemes(page, `sessions-sync-offline-${locale}`);
      h.sim.control.clearFaults();
      await page.keyboard.press('r');
      await expect(line).toHaveText(tr('ui.sessions.sync.justNow'), { timeout: 30_000 });

      // The key is rejected (401): the tray says so, not "cannot reach".
      h.sim.control.addFault({ path: '/v3/', kind: 'status', status: 401, times: -1 });
      await page.keyboard.press('r');
      // The app signs out on a 401; the tray says why, not just "not signed in".
      await expect.poll(() => trayOf(h, rejection.rejected).tooltip, { timeout: 30_000 }).toBe(tr('sessions.tray.authLost'));
      const t401 = trayOf(h, rejection.rejected);
      expect(t401.icon).toBe('signed-out');
      expect(new Set([t503.tooltip.replace(/\d+/, 'N'), tNet.tooltip.replace(/\d+/, 'N'), t401.tooltip]).size).toBe(3);
      await showDesktopMock(page, { caption: 'tray: the key was rejected (401)', tray: t401 });
      await shootBothThemes(page, `tray-401-${locale}`);
      // Signing in again clears it.
      h.sim.control.clearFaults();
      await page.goto(h.rendererUrl);
      await signIn(page, locale);
      expect(rejection.rejected()).toBe(false);
      rejection.dispose();
    });

    test('(7) Refresh and R: one poll at a time, "Syncing…" meanwhile, a line that counts up live; R in the shortcuts sheet', async ({ context }) => {
      test.setTimeout(120_000);
      h.sim.control.createSession({ title: locale === 'en' ? 'Upgrade the CI images' : '升级 CI 镜像', status: 'exit' });
      h.sim.control.createSession({ title: locale === 'en' ? 'Fix flaky checkout test' : '修复不稳定的结账测试', status: 'running', status_detail: 'finished' });
      const page = await h.open(context);
      await signIn(page, locale);
      const line = page.getByTestId('sync-line');
      await expect(line).toHaveText(tr('ui.sessions.sync.justNow'));
      // Live: the line moves on by itself (no poll in between: hidden window, idle list → 60 s).
      await expect(line).toHaveText(new RegExp(`^${escapeRe(tr('ui.sessions.sync.secondsAgo', { seconds: 999 })).replace('999', '([5-9]|[1-5]\\d)')}$`), { timeout: 20_000 });

      // A slow poll: R, then the button and R again while it runs. One list request in all.
      h.sim.control.clearRequests();
      h.sim.control.addFault({ method: 'GET', path: LIST, kind: 'delay', delayMs: 2500, times: 1 });
      await page.keyboard.press('r');
      await expect(line).toHaveText(tr('ui.sessions.sync.syncing'));
      const button = page.getByRole('button', { name: tr('ui.sessions.refresh') });
      await expect(button).toHaveAttribute('aria-busy', 'true');
      await shootBothThemes(page, `sessions-syncing-${locale}`);
      await button.click({ force: true });
      await page.keyboard.press('R');
      // Main is asked at most once more per press, and joins the poll in flight each time.
      await h.core.sessions.syncNow();
      await expect(line).toHaveText(tr('ui.sessions.sync.justNow'), { timeout: 20_000 });
      expect(listRequests(h)).toHaveLength(1);
      await shootBothThemes(page, `sessions-synced-${locale}`);

      // The shortcuts sheet lists R.
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog', { name: tr('desktop.shortcuts.title') });
      const row = sheet.locator('.shortcuts-line', { hasText: tr('desktop.shortcuts.refresh') });
      await expect(row.locator('kbd')).toHaveText('R');
      await shootBothThemes(page, `shortcuts-refresh-${locale}`);
    });

    test('(6) a waiting session whose last message is Markdown notifies in plain text', async ({ context }) => {
      const title = locale === 'en' ? 'Pick the cache size' : '选择缓存大小';
      const s = h.sim.control.createSession({ title, status: 'running', status_detail: 'working' });
      const page = await h.open(context);
      await signIn(page, locale);
      await expect.poll(() => h.core.sessions.list({}).length).toBe(1);
      await h.core.sessions.watch(s.session_id);
      const markdown = locale === 'en'
        ? '**Two options** for the cache:\n\n| size | cost |\n|------|------|\n| 256 MB | low |\n\n```ts\nconst cache = new LRU(256);\n```\nSee [the notes](https://example.com/notes).'
        : '缓存有**两个方案**：\n\n| 大小 | 成本 |\n|------|------|\n| 256 MB | 低 |\n\n```ts\nconst cache = new LRU(256);\n```\n见[说明](https://example.com/notes)。';
      h.sim.control.addSessionMessage(s.session_id, { source: 'devin', message: markdown });
      h.sim.control.setSessionStatus(s.session_id, { status: 'running', status_detail: 'waiting_for_user' });
      await h.core.sessions.refresh();
      await expect.poll(() => h.notifications.filter((n) => n.sessionId === s.session_id).map((n) => n.kind)).toEqual(['waiting_for_user']);
      const n = h.notifications.find((x) => x.sessionId === s.session_id);
      // The body the glue passes to the native notification as it is.
      const body = n?.body ?? '';
      expect(n?.title).toBe(tr('sessions.notify.waiting_for_user.title', { title }));
      expect(body).toBe(
        locale === 'en'
          ? 'Devin: Two options for the cache: size · cost 256 MB · low const cache = new LRU(256); See the notes.'
          : 'Devin：缓存有两个方案： 大小 · 成本 256 MB · 低 const cache = new LRU(256); 见说明。',
      );
      for (const mark of ['**', '|', '```', '](', '---']) expect(body).not.toContain(mark);
      await showDesktopMock(page, { caption: 'native notification (title and body as the glue shows them)', notifications: [{ title: n?.title ?? '', body }] });
      await shootBothThemes(page, `notification-markdown-${locale}`);
    });
  });
}

test('(7) npm run preview counts its window as visible while shown or focused, and hidden once closed', async ({ context }) => {
  const h = await new Harness({ settings: { locale: 'en' } }).start();
  try {
    const seen: boolean[] = [];
    const real = h.core.sessions.setWindowVisible.bind(h.core.sessions);
    const page: Page = await h.open(context, (p) =>
      trackWindowVisibility(p, (visible) => {
        seen.push(visible);
        real(visible);
      }),
    );
    await signIn(page, 'en');
    await expect.poll(() => seen).toEqual([true]);
    // Polled at the visible rate: with a session running, 10 s apart (25 s when hidden). Waiting is the point here.
    test.setTimeout(120_000);
    h.sim.control.createSession({ title: 'Keep polling', status: 'running', status_detail: 'working' });
    await h.core.sessions.refresh();
    h.sim.control.clearRequests();
    await expect.poll(() => listRequests(h).length, { timeout: 60_000, intervals: [1000] }).toBeGreaterThanOrEqual(3);
    const times = listRequests(h).map((r) => r.time);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    console.log(`preview_visible_poll_gaps_ms=${gaps.join(',')} (visible+running: 10000; hidden+running: 25000)`);
    for (const gap of gaps.slice(0, 2)) {
      expect(gap).toBeGreaterThanOrEqual(9_000);
      expect(gap).toBeLessThan(20_000);
    }
    await page.close();
    await expect.poll(() => seen).toEqual([true, false]);
  } finally {
    await h.stop();
  }
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
