import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveUpdateFeed } from '../../src/main/electron/testing/local-feed-server';
import { launchApp, profile, trayLabels } from './app';
import type { HookedGlobal } from './app';

// Auto-update in the real app against a local feed (the test hooks point electron-updater at it):
// it checks by itself shortly after start, finds 99.0.0, downloads it with Electron's network stack
// and offers "Restart to update" in the tray. macOS's Squirrel only installs into a signed app, so
// there the test stops once the download has started.
test('checks a local feed at start, downloads the update and offers the restart', async () => {
  test.setTimeout(120_000);
  const feed = await serveUpdateFeed({ version: '99.0.0' });
  const fakeAppImage = mkdtempSync(join(tmpdir(), 'devin-tray-appimage-'));
  writeFileSync(join(fakeAppImage, 'Devin-Tray.AppImage'), 'old version');
  const p = profile({ locale: 'en' });
  const { app } = await launchApp({
    profileDir: p.dir,
    // AppImageUpdater (Linux) replaces $APPIMAGE; here a dummy file, and nothing installs on quit.
    env: { DEVIN_TRAY_UPDATE_FEED: feed.url, APPIMAGE: join(fakeAppImage, 'Devin-Tray.AppImage') },
  });
  try {
    const history = () => app.evaluate(() => (globalThis as HookedGlobal).__devinTrayTestHooks.updateHistory);
    await expect.poll(history, { timeout: 40_000 }).toContain('checking');
    await expect.poll(history, { timeout: 40_000 }).toContain('downloading');
    expect(feed.requests.some((r) => /^latest(-mac|-linux)?\.yml$/.test(r))).toBe(true);
    if (process.platform === 'darwin') return;
    await expect.poll(() => app.evaluate(() => (globalThis as HookedGlobal).__devinTrayTestHooks.updateView().status), { timeout: 60_000 }).toEqual({
      kind: 'ready',
      version: '99.0.0',
    });
    expect((await trayLabels(app))[0]).toBe('Restart to update (99.0.0)');
  } finally {
    await app.close();
    await feed.close();
    p.remove();
    rmSync(fakeAppImage, { recursive: true, force: true });
  }
});
