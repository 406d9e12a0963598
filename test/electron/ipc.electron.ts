import { expect, test } from '@playwright/test';
import { launchApp, profile } from './app';

// A round trip through the preload transport, ipcMain, the router and back: app:info answers, a
// settings change lands in main and comes back as a push event, and an unknown channel is refused.
test('an IPC round trip through preload and the main router', async () => {
  const p = profile({ locale: 'en' });
  const { app, page } = await launchApp({ profileDir: p.dir, env: { DEVIN_TRAY_DEMO: '1' } });
  type Transport = { invoke: (c: string, r?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>; on: (e: string, l: (p: unknown) => void) => () => void };
  try {
    await expect(page.locator('.demo-badge')).toBeVisible();
    const info = await page.evaluate(() => (window as unknown as { devinTrayTransport: Transport }).devinTrayTransport.invoke('app:info'));
    expect(info).toMatchObject({ ok: true, value: { name: 'Devin Tray', runtime: 'electron', platform: process.platform } });

    const pushed = await page.evaluate(async () => {
      const t = (window as unknown as { devinTrayTransport: Transport }).devinTrayTransport;
      const event = new Promise<unknown>((resolve) => {
        const off = t.on('settings:changed', (s) => {
          off();
          resolve((s as { startHidden: boolean }).startHidden);
        });
      });
      const result = await t.invoke('settings:update', { startHidden: true });
      return { ok: result.ok, event: await event };
    });
    expect(pushed).toEqual({ ok: true, event: true });

    const refused = await page.evaluate(() => (window as unknown as { devinTrayTransport: Transport }).devinTrayTransport.invoke('fs:readFile', '/etc/passwd'));
    expect(refused.ok).toBe(false);
  } finally {
    await app.close();
    p.remove();
  }
});
