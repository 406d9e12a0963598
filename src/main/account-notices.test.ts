import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, SIM_KEYS } from '../sim/server';
import type { SimHandle } from '../sim/server';
import type { Notice } from '../shared/ipc/contract';
import { translate } from '../shared/i18n';
import { createCore } from './core';
import type { Core } from './core';
import { FakeKeychain } from './account/testing/fake-keychain';

const RENDERER = 'http://127.0.0.1:5999/';
const ctx = { senderUrl: `${RENDERER}index.html` };

let sim: SimHandle;
let dir: string;
let keychain: FakeKeychain;
let core: Core | null;
let events: { event: string; payload: unknown }[];

beforeEach(async () => {
  sim = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-notices-'));
  keychain = new FakeKeychain();
  events = [];
  core = null;
});
afterEach(async () => {
  await core?.dispose();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

async function start(settings: Record<string, unknown>, osLocale = 'en-US'): Promise<Core> {
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: sim.baseUrl, ...settings }));
  core = createCore({
    userDataDir: dir,
    env: {},
    osLocale,
    runtime: 'preview',
    trustedRendererUrls: [RENDERER],
    keychain,
    openExternal: async () => undefined,
    version: '1.2.3',
    platform: 'linux',
  });
  core.onEvent((event, payload) => events.push({ event, payload }));
  await core.start();
  return core;
}

const notices = async (c: Core) => {
  const r = await c.router.handle('app:notices', undefined, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Notice[];
};

describe('sign-in notices are accurate and go away when they stop being true', () => {
  it('a fresh start without a keychain and no key ever saved says nothing', async () => {
    keychain.unavailable = true;
    const c = await start({});
    expect(await notices(c)).toEqual([]);
    expect(c.account.view()).toMatchObject({ signedIn: false, keychainUnavailable: true });
  });

  it('a saved key the keychain cannot give back is reported, in both languages (detail too), and cleared by signing in', async () => {
    keychain.unavailable = true;
    const c = await start({ keyInKeychain: true, orgId: 'org-sim' }, 'zh-CN');
    const [notice] = await notices(c);
    expect(notice).toMatchObject({ key: 'account.notice.restoreFailed' });
    const zh = translate('zh-CN', notice!.key, notice!.paramsByLocale?.['zh-CN']);
    const en = translate('en', notice!.key, notice!.paramsByLocale?.en);
    expect(zh).toContain('无法使用已保存的密钥登录');
    expect(zh).toContain(translate('zh-CN', 'account.keychain.noDbus'));
    expect(zh).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/); // no English sentence left in the Chinese text
    expect(en).toContain(translate('en', 'account.keychain.noDbus'));

    // Signing in (memory only: the keychain is still missing) makes the notice untrue: it goes.
    const r = await c.router.handle('account:signIn', { key: SIM_KEYS.org, memoryOnly: true }, ctx);
    expect(r.ok).toBe(true);
    expect(await notices(c)).toEqual([]);
    expect(events).toContainEqual({ event: 'app:noticeCleared', payload: notice!.id });
  });

  it('a rejected saved key is reported, and signing out clears it too', async () => {
    keychain.key = 'cog_revoked';
    const c = await start({ keyInKeychain: true, orgId: 'org-sim' });
    expect(await notices(c)).toMatchObject([{ key: 'account.notice.restoreFailed' }]);
    await c.router.handle('account:signOut', undefined, ctx);
    expect(await notices(c)).toEqual([]);
  });
});
