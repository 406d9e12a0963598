import { expect, test } from '@playwright/test';
import { Keychain } from '../../src/main/account/keychain';
import { startSim } from '../../src/sim/server';
import type { SimHandle } from '../../src/sim/server';
import { launchApp, profile, TEST_KEYCHAIN_ACCOUNT, trayLabels } from './app';
import { signIn } from './sign-in';

// The tray's menu model follows the account and the sessions; a session that finishes raises a
// native notification (Electron's Notification, recorded on its way to the OS).
let sim: SimHandle;
test.beforeAll(async () => {
  sim = await startSim({ seed: 'empty' });
});
test.afterAll(async () => {
  await new Keychain({ account: TEST_KEYCHAIN_ACCOUNT }).delete().catch(() => undefined);
  await sim.close();
});

test('the tray menu model: signed out, then signed in with a session', async () => {
  const p = profile({ locale: 'en', apiBaseUrl: sim.baseUrl });
  const { app, page } = await launchApp({ profileDir: p.dir });
  try {
    await expect.poll(() => trayLabels(app)).toContain('Open window');
    const signedOut = await trayLabels(app);
    expect(signedOut).toContain('Quit Devin Tray');
    expect(signedOut.some((l) => l.startsWith('Recent sessions'))).toBe(false);

    sim.control.createSession({ title: 'Tray menu session', status: 'running' });
    await signIn(page);
    await expect.poll(() => trayLabels(app), { timeout: 30_000 }).toContain('Recent sessions');
    const labels = await trayLabels(app);
    expect(labels.some((l) => l.startsWith('Tray menu session'))).toBe(true);
    expect(labels).toEqual(expect.arrayContaining(['New session…', 'Hand off a folder…', 'Settings…']));
  } finally {
    await app.close();
    p.remove();
  }
});

test('a session that finishes raises a native notification', async () => {
  // Every session notifies (not only those started here), so a session made in the sim counts.
  const p = profile({ locale: 'en', apiBaseUrl: sim.baseUrl, notifications: { scope: 'all' } });
  const { app, page } = await launchApp({ profileDir: p.dir });
  try {
    await app.evaluate(({ Notification }) => {
      const shown: { title: string; body: string }[] = [];
      (globalThis as unknown as { __shown: typeof shown }).__shown = shown;
      const original = Notification.prototype.show;
      Notification.prototype.show = function show(this: Electron.Notification) {
        shown.push({ title: this.title, body: this.body });
        return original.call(this);
      };
    });
    const session = sim.control.createSession({ title: 'Notify me', status: 'running' });
    await signIn(page);
    await expect(page.getByText('Notify me').first()).toBeVisible({ timeout: 30_000 });
    sim.control.setSessionStatus(session.session_id, { status: 'exit' });
    const shown = () => app.evaluate(() => (globalThis as unknown as { __shown: { title: string; body: string }[] }).__shown);
    await expect.poll(async () => (await shown()).map((n) => `${n.title} ${n.body}`).join('\n'), { timeout: 60_000 }).toContain('Notify me');
  } finally {
    await app.close();
    p.remove();
  }
});
