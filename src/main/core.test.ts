import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, SIM_KEYS } from '../sim/server';
import type { SimHandle } from '../sim/server';
import type { Envelope } from '../shared/ipc/contract';
import { createCore } from './core';
import type { Core, CoreOptions } from './core';
import { FakeKeychain } from './account/testing/fake-keychain';

const RENDERER = 'http://127.0.0.1:5999/';
const ctx = { senderUrl: `${RENDERER}index.html` };

let sim: SimHandle;
let dir: string;
let keychain: FakeKeychain;
let cores: Core[];
let calls: { channel: string; response: Envelope<unknown> }[];
let events: { event: string; payload: unknown }[];
let logLines: string[];
let opened: string[];

beforeEach(async () => {
  sim = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-core-'));
  keychain = new FakeKeychain();
  cores = [];
  calls = [];
  events = [];
  logLines = [];
  opened = [];
});

afterEach(async () => {
  for (const c of cores) await c.dispose();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

function makeCore(extra: Partial<CoreOptions> = {}): Core {
  const core = createCore({
    userDataDir: dir,
    env: {},
    osLocale: 'en-US',
    runtime: 'preview',
    trustedRendererUrls: [RENDERER],
    keychain,
    openExternal: async (url) => void opened.push(url),
    version: '1.2.3',
    platform: 'linux',
    log: (line) => logLines.push(line),
    onCall: ({ channel, response }) => calls.push({ channel, response }),
    ...extra,
  });
  core.onEvent((event, payload) => events.push({ event, payload }));
  cores.push(core);
  return core;
}

async function call(core: Core, channel: string, payload?: unknown, sender = ctx) {
  return core.router.handle(channel, payload, sender);
}

async function value<T>(core: Core, channel: string, payload?: unknown): Promise<T> {
  const envelope = await call(core, channel, payload);
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

describe('core router', () => {
  it('answers app:info with the resolved locale, and follows the locale setting', async () => {
    const core = makeCore({ osLocale: 'zh-Hans-CN' });
    await core.start();
    expect(await value(core, 'app:info')).toEqual({ name: 'Devin Tray', version: '1.2.3', platform: 'linux', locale: 'zh-CN', runtime: 'preview' });
    await value(core, 'settings:update', { locale: 'en' });
    expect(await value(core, 'app:info')).toMatchObject({ locale: 'en' });
    expect(events).toContainEqual({ event: 'settings:changed', payload: expect.objectContaining({ locale: 'en' }) });
  });

  it('refuses foreign senders and invalid payloads with stable codes', async () => {
    const core = makeCore();
    const foreign = await call(core, 'account:status', undefined, { senderUrl: 'https://evil.example/' });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const bad = await call(core, 'account:signIn', { key: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const extra = await call(core, 'settings:update', { orgId: 'org-x' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await call(core, 'account:steal', undefined);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('validates URLs in settings:update', async () => {
    const core = makeCore();
    const http = await call(core, 'settings:update', { apiBaseUrl: 'http://api.example.com' });
    expect(http).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const creds = await call(core, 'settings:update', { appBaseUrl: 'https://user:pw@app.devin.ai' });
    expect(creds).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await value(core, 'settings:update', { apiBaseUrl: 'https://devin.example.com/v3/' })).toMatchObject({
      apiBaseUrl: 'https://devin.example.com',
    });
  });

  it('signs in and out end to end, and the key never crosses IPC, events, logs or the settings file', async () => {
    const core = makeCore();
    await core.start();
    await value(core, 'settings:update', { apiBaseUrl: sim.baseUrl });

    const wrong = await call(core, 'account:signIn', { key: 'cog_wrong_secret_123' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'AUTH_INVALID', message: expect.stringContaining('401') } });

    const signedIn = await value(core, 'account:signIn', { key: SIM_KEYS.org });
    expect(signedIn).toMatchObject({ status: 'signedIn', account: { signedIn: true, orgId: 'org-sim', keyStore: 'keychain' } });
    expect(await value(core, 'account:status')).toMatchObject({ principal: { name: 'Sim Bot' } });
    expect(events.filter((e) => e.event === 'account:changed').at(-1)?.payload).toMatchObject({ signedIn: true });
    await expect(core.account.getApi().client.sessions.list({ first: 1 })).resolves.toBeDefined();

    const chooser = await value(core, 'account:signIn', { key: SIM_KEYS.enterprise });
    expect(chooser).toMatchObject({ status: 'chooseOrg', orgs: [{ orgId: 'org-sim' }, { orgId: 'org-sim-2' }] });
    expect(await value(core, 'account:chooseOrg', { orgId: 'org-sim-2' })).toMatchObject({ orgName: 'Sim Org Two' });

    const settingsFile = await readFile(join(dir, 'settings.json'), 'utf8');
    expect(await value(core, 'account:signOut')).toMatchObject({ signedIn: false });
    expect(keychain.key).toBeNull();

    // Everything observable outside main-process memory, gathered in one place.
    expect(calls.length).toBeGreaterThan(5);
    expect(events.length).toBeGreaterThan(3);
    expect(logLines.some((l) => l.includes('/v3/self'))).toBe(true);
    const files = await Promise.all((await readdir(dir)).map((f) => readFile(join(dir, f), 'utf8')));
    const observable = JSON.stringify({ responses: calls.map((c) => c.response), events, logLines, settingsFile, files });
    for (const secret of [SIM_KEYS.org, SIM_KEYS.enterprise, 'cog_wrong_secret_123']) {
      expect(observable).not.toContain(secret);
      expect(observable).not.toContain(secret.slice(4));
    }
  });

  it('localizes errors in the chosen language, including keychain details', async () => {
    keychain.unavailable = true;
    const core = makeCore();
    await core.start();
    await value(core, 'settings:update', { apiBaseUrl: sim.baseUrl, locale: 'zh-CN' });
    const envelope = await call(core, 'account:signIn', { key: SIM_KEYS.org });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } });
    const message = !envelope.ok ? envelope.error.message : '';
    expect(message).toContain('系统钥匙串不可用');
    expect(message).toContain('D-Bus 会话总线');
    expect(await value(core, 'account:signIn', { key: SIM_KEYS.org, memoryOnly: true })).toMatchObject({
      account: { keyStore: 'memory' },
    });
  });

  it('opens only allowed links', async () => {
    const core = makeCore();
    await value(core, 'shell:openExternal', 'https://app.devin.ai/sessions/abc');
    const refused = await call(core, 'shell:openExternal', 'javascript:alert(1)');
    expect(refused).toMatchObject({ ok: false, error: { code: 'URL_NOT_ALLOWED' } });
    const pr = 'https://github.com/acme/app/pull/12';
    expect(await call(core, 'shell:openExternal', pr)).toMatchObject({ ok: false, error: { code: 'URL_NOT_ALLOWED' } });
    core.externalUrls.allowExternalUrl(pr);
    await value(core, 'shell:openExternal', pr);
    expect(opened).toEqual(['https://app.devin.ai/sessions/abc', pr]);
  });
});

describe('core start', () => {
  it('backs up a corrupt settings file and shows a notice until dismissed', async () => {
    await writeFile(join(dir, 'settings.json'), '{ not json');
    const core = makeCore();
    await core.start();
    const notices = await value<{ id: string; key: string; params: Record<string, string> }[]>(core, 'app:notices');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'warning', key: 'settings.notice.resetCorrupt' });
    expect(notices[0]!.params['backup']).toMatch(/settings\.corrupt-.*\.json$/);
    expect(events).toContainEqual({ event: 'app:notice', payload: notices[0] });
    expect((await readdir(dir)).some((f) => f.startsWith('settings.corrupt-'))).toBe(true);

    await value(core, 'app:dismissNotice', notices[0]!.id);
    expect(await value(core, 'app:notices')).toEqual([]);
  });

  it('restores the stored account', async () => {
    keychain.key = SIM_KEYS.org;
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ apiBaseUrl: sim.baseUrl, orgId: 'org-sim' }));
    const core = makeCore();
    await core.start();
    expect(await value(core, 'account:status')).toMatchObject({ signedIn: true, orgId: 'org-sim', keyStore: 'keychain' });
  });

  it('tells the user when the stored key was rejected, without showing it', async () => {
    keychain.key = 'cog_revoked_secret';
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ apiBaseUrl: sim.baseUrl }));
    const core = makeCore();
    await core.start();
    const notices = await value<{ key: string; params: Record<string, string> }[]>(core, 'app:notices');
    expect(notices).toMatchObject([{ key: 'account.notice.restoreFailed', params: { message: expect.stringContaining('401') } }]);
    expect(JSON.stringify({ notices, events, logLines })).not.toContain('revoked_secret');
  });

  it('starts the demo when DEVIN_TRAY_DEMO=1 and stops it on dispose', async () => {
    const core = makeCore({ env: { DEVIN_TRAY_DEMO: '1' } });
    await core.start();
    const view = await value<{ demo: boolean; apiBaseUrl: string }>(core, 'account:status');
    expect(view).toMatchObject({ demo: true, signedIn: true, orgId: 'org-sim' });
    await core.dispose();
    cores = [];
    await expect(fetch(`${view.apiBaseUrl}/v3/self`)).rejects.toThrow();
  });
});
