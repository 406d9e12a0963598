import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NotificationSettings } from '../shared/sessions/notification-settings';
import { createCore } from './core';
import type { Core } from './core';
import { FakeKeychain } from './account/testing/fake-keychain';

const RENDERER = 'http://127.0.0.1:5999/';
const ctx = { senderUrl: `${RENDERER}index.html` };

let dir: string;
let core: Core;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-notify-writes-'));
  core = createCore({
    userDataDir: dir,
    env: {},
    osLocale: 'en-US',
    runtime: 'preview',
    trustedRendererUrls: [RENDERER],
    keychain: new FakeKeychain(),
    openExternal: async () => undefined,
    version: '1.2.3',
    platform: 'linux',
  });
});
afterEach(async () => {
  await core.dispose();
  await rm(dir, { recursive: true, force: true });
});

describe('notification settings saved in quick succession', () => {
  it('keeps every change: each patch applies to the result of the one before (no lost update)', async () => {
    // Three clicks in a row, none awaited: the renderer does not wait for one save before the next.
    const results = await Promise.all([
      core.router.handle('sessions:setNotificationSettings', { kinds: { pr_opened: false } }, ctx),
      core.router.handle('sessions:setNotificationSettings', { scope: 'all' }, ctx),
      core.router.handle('sessions:setNotificationSettings', { sound: false }, ctx),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const want = { scope: 'all', sound: false, kinds: { pr_opened: false, finished: true } };
    expect(core.settings.get().notifications).toMatchObject(want);
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as { notifications: NotificationSettings };
    expect(onDisk.notifications).toMatchObject(want);
  });

  it('a tray pause racing a Settings change keeps both', async () => {
    const until = Date.now() + 3600_000;
    await Promise.all([
      core.sessions.updateNotificationSettings({ dndUntil: until }),
      core.router.handle('sessions:setNotificationSettings', { group: false }, ctx),
    ]);
    expect(core.settings.get().notifications).toMatchObject({ dndUntil: until, group: false });
  });
});
