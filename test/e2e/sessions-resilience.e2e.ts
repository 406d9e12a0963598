import { expect, test } from '@playwright/test';
import { translate } from '../../src/shared/i18n';
import { Harness } from './harness';
import { signIn } from './sign-in';
import { shootBothThemes } from './screens';

/**
 * The tracker under a 429 storm and a key revoked mid-run, through the real UI, router, tracker
 * and devin-sim. (Backoff arithmetic, Retry-After parsing and restarts are covered with a fake
 * clock in src/main/sessions/session-tracker.test.ts; here the user-visible behaviour is checked.)
 */
const LIST = '^/v3/organizations/org-sim/sessions$';


let h: Harness;
test.beforeEach(async () => {
  h = await new Harness({ settings: { locale: 'en' } }).start();
});
test.afterEach(async () => {
  await h.stop();
});

test('a 429 storm shows "rate limited, retrying in N s", recovers, and misses no transition', async ({ context }) => {
  const page = await h.open(context);
  await signIn(page);
  const created = await h.core.sessions.create({ prompt: 'Bump the lockfile', title: 'Storm survivor' });
  const id = created.sessionId;
  await expect(page.getByRole('treeitem', { name: /Storm survivor/ })).toBeVisible();
  // devin-sim's default script moves a new session to running/working after 1 s; let it, first.
  await page.waitForTimeout(1200);
  await h.core.sessions.refresh();

  h.sim.control.addFault({ method: 'GET', path: LIST, kind: 'status', status: 429, retryAfter: '3', times: 3 });
  // The transition happens while every poll is refused.
  h.sim.control.setSessionStatus(id, { status: 'running', status_detail: 'waiting_for_user' });
  await h.core.sessions.refresh().catch(() => undefined);

  const banner = page.getByText(/Rate limited, retrying in \d+ s/);
  await expect(banner).toBeVisible();
  expect(h.core.sessions.trackerStatus()).toMatchObject({ kind: 'rate_limited' });
  // Retry-After is honoured (3 s, three times), then the tracker recovers on its own.
  await expect(banner).toBeHidden({ timeout: 20_000 });
  await expect(page.getByRole('treeitem', { name: /Storm survivor/ })).toContainText(translate('en', 'sessions.state.waiting_for_user'));
  await expect.poll(() => h.notifications.filter((n) => n.sessionIds.includes(id)).map((n) => n.kind), { timeout: 15_000 }).toEqual(['waiting_for_user']);
  const refused = h.sim.control.getRequests().filter((r) => r.status === 429);
  expect(refused).toHaveLength(3);
});

test('a key revoked mid-run signs out once, says why, and stops polling', async ({ context }) => {
  const page = await h.open(context);
  await signIn(page);
  h.sim.control.addFault({ method: 'GET', path: LIST, kind: 'status', status: 401, times: -1 });
  await h.core.sessions.refresh().catch(() => undefined);

  await expect(page.getByLabel('Devin API key')).toBeVisible();
  await expect(page.getByText(translate('en', 'account.notice.keyRejected'))).toBeVisible();
  await shootBothThemes(page, 'onboarding-key-rejected-en');
  const notices = () => h.eventLog.filter((e) => e.event === 'app:notice' && (e.payload as { key: string }).key === 'account.notice.keyRejected');
  expect(notices()).toHaveLength(1);

  // No more list calls: wait longer than the longest poll interval while visible (10 s).
  const before = h.sim.control.getRequests().length;
  await page.waitForTimeout(11_000);
  expect(h.sim.control.getRequests().length).toBe(before);
  expect(notices()).toHaveLength(1);
  expect(h.core.account.view().signedIn).toBe(false);
});
