import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, SIM_KEYS } from '../sim/server';
import type { SimHandle } from '../sim/server';
import type { Envelope } from '../shared/ipc/contract';
import { translate } from '../shared/i18n';
import { runCli } from '../cli/index';
import type { CliIO } from '../cli/types';
import { createCore } from './core';
import type { Core, CoreOptions } from './core';
import { FakeKeychain } from './account/testing/fake-keychain';
import type { ConfirmRequest } from './security/confirm-port';

/*
 * Issue #11 points 4 and 5 through the real router, as a compromised page would call it (any
 * channel, any payload): the key stays with the origin it was checked at — two devin-sims on
 * loopback, the second one's request log must never show the first one's key, across a restart
 * of the core and through the CLI — and files and folders cross IPC as main's handles only.
 */

const RENDERER = 'http://127.0.0.1:5999/';
const page = { senderUrl: `${RENDERER}index.html`, senderId: '1' };

let simA: SimHandle;
let simB: SimHandle;
let dir: string;
let keychain: FakeKeychain;
let cores: Core[];
let asked: ConfirmRequest[];
let answer: boolean;
let opened: string[];

beforeEach(async () => {
  simA = await startSim({ seed: 'empty' });
  simB = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-key-origin-'));
  keychain = new FakeKeychain();
  cores = [];
  asked = [];
  answer = false;
  opened = [];
});

afterEach(async () => {
  for (const c of cores) await c.dispose();
  await simA.close();
  await simB.close();
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
    confirm: async (q) => {
      asked.push(q);
      return answer;
    },
    homeDir: join(dir, 'home'),
    version: '1.2.3',
    platform: 'linux',
    ...extra,
  });
  cores.push(core);
  return core;
}

async function restart(core: Core, extra: Partial<CoreOptions> = {}): Promise<Core> {
  await core.dispose();
  cores = cores.filter((c) => c !== core);
  const next = makeCore(extra);
  await next.start();
  return next;
}

const call = (core: Core, channel: string, payload?: unknown, ctx = page): Promise<Envelope<unknown>> => core.router.handle(channel, payload, ctx);

async function value<T>(core: Core, channel: string, payload?: unknown): Promise<T> {
  const envelope = await call(core, channel, payload);
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/** Requests that reached a sim with an Authorization header (its log redacts the key but names which test key it was). */
const authorizedAt = (sim: SimHandle) => sim.control.getRequests().filter((r) => r.hadAuth);

async function signedInAtA(): Promise<Core> {
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: simA.baseUrl }));
  const core = makeCore();
  await core.start();
  await value(core, 'account:signIn', { key: SIM_KEYS.org });
  expect(keychain.stored).toEqual({ key: SIM_KEYS.org, origin: simA.baseUrl });
  return core;
}

async function cli(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => '', env, cwd: dir, locale: 'en' };
  const code = await runCli(argv, io, { keyStore: keychain, userDataDir: dir });
  return { code, out, err };
}

describe('the key stays with its origin (issue #11 point 4)', () => {
  it('a new API URL while signed in is decided in main\'s own dialog: no keeps everything as it was', async () => {
    const core = await signedInAtA();
    const refused = await call(core, 'settings:update', { apiBaseUrl: simB.baseUrl });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(asked).toEqual([expect.objectContaining({ kind: 'apiUrlChange', message: translate('en', 'security.confirm.apiUrl.message', { to: simB.baseUrl }) })]);
    expect(asked[0]?.detail).toContain(simA.baseUrl);
    expect(core.settings.get().apiBaseUrl).toBe(simA.baseUrl);
    expect(core.account.view()).toMatchObject({ signedIn: true, apiBaseUrl: simA.baseUrl });

    // Nothing a page can add to the patch skips the question.
    for (const patch of [{ apiBaseUrl: `${simB.baseUrl}/` }, { apiBaseUrl: simB.baseUrl, confirmed: true }, { apiBaseUrl: simB.baseUrl, appBaseUrl: 'https://evil.example' }]) {
      expect((await call(core, 'settings:update', patch)).ok).toBe(false);
    }
    expect(core.settings.get().apiBaseUrl).toBe(simA.baseUrl);

    const again = await restart(core);
    expect(again.account.view()).toMatchObject({ signedIn: true, apiBaseUrl: simA.baseUrl });
    expect(authorizedAt(simB)).toEqual([]);
  });

  it('yes signs out and removes the key; the new origin never receives it, not after a restart, not through the CLI', async () => {
    const core = await signedInAtA();
    answer = true;
    expect(await call(core, 'settings:update', { apiBaseUrl: simB.baseUrl })).toMatchObject({ ok: true });
    expect(keychain.key).toBeNull();
    // The sign-in page says where a key will be checked and bound now.
    expect(core.account.view()).toMatchObject({ signedIn: false, apiBaseUrl: simB.baseUrl });

    const again = await restart(core);
    expect(again.account.view().signedIn).toBe(false);
    expect(await cli(['whoami'], {})).toMatchObject({ code: 1 });
    expect(authorizedAt(simB)).toEqual([]);

    // Signing in again at the new origin binds the key there.
    await value(again, 'account:signIn', { key: SIM_KEYS.org });
    expect(keychain.stored).toEqual({ key: SIM_KEYS.org, origin: simB.baseUrl });
  });

  it('a stored key bound elsewhere is never sent, even when settings.json is changed behind the app\'s back', async () => {
    const core = await signedInAtA();
    await core.dispose();
    cores = [];
    const file = join(dir, 'settings.json');
    // Both the URL for new sign-ins and the account's own URL (#16) are pointed elsewhere.
    const before = JSON.parse(await readFile(file, 'utf8')) as { accounts: Record<string, unknown>[] };
    await writeFile(file, JSON.stringify({ ...before, apiBaseUrl: simB.baseUrl, accounts: before.accounts.map((a) => ({ ...a, apiBaseUrl: simB.baseUrl })) }));

    const again = makeCore();
    await again.start();
    expect(again.account.view()).toMatchObject({ signedIn: false, apiBaseUrl: simB.baseUrl });
    const notices = await value<{ key: string; params: Record<string, string> }[]>(again, 'app:notices');
    expect(notices).toMatchObject([{ key: 'account.notice.restoreFailed', params: { message: translate('en', 'error.KEY_ORIGIN_MISMATCH', { boundTo: simA.baseUrl, origin: simB.baseUrl }) } }]);
    // The key is kept for its own origin; it simply does not go anywhere else.
    expect(keychain.stored).toEqual({ key: SIM_KEYS.org, origin: simA.baseUrl });
    // The CLI reads the same settings file and keychain entry: it refuses too.
    const viaCli = await cli(['whoami'], {});
    expect(viaCli.code).toBe(1);
    expect(viaCli.err).toContain(translate('en', 'error.KEY_ORIGIN_MISMATCH', { boundTo: simA.baseUrl, origin: simB.baseUrl }).trim());
    expect(simB.control.getRequests()).toEqual([]);
  });

  it('the CLI refuses DEVIN_API_URL pointing away from the stored key\'s origin, naming the variables to use', async () => {
    await (await signedInAtA()).dispose();
    cores = [];
    const away = await cli(['whoami'], { DEVIN_API_URL: simB.baseUrl });
    expect(away.code).toBe(1);
    expect(away.err).toContain(translate('en', 'error.KEY_ORIGIN_MISMATCH_ENV', { boundTo: simA.baseUrl, origin: simB.baseUrl }).trim());
    expect(away.err).toMatch(/DEVIN_API_KEY.*DEVIN_API_URL/s);
    for (const argv of [['sessions'], ['attachments', 'devin-x']]) expect((await cli(argv, { DEVIN_API_URL: simB.baseUrl })).code).not.toBe(0);
    expect(simB.control.getRequests()).toEqual([]);
    // At its own origin it works, and a key given for the other origin goes there.
    expect(await cli(['whoami'], { DEVIN_API_URL: simA.baseUrl })).toMatchObject({ code: 0, out: expect.stringContaining('Sim Bot') });
    expect(await cli(['whoami'], { DEVIN_API_URL: simB.baseUrl, DEVIN_API_KEY: SIM_KEYS.enterprise })).toMatchObject({ code: 0 });
    expect(authorizedAt(simB).map((r) => r.authKey)).toEqual(['enterprise']);
  });

  it('an existing install keeps working: its bare keychain entry is bound at first start to the origin it was used with', async () => {
    keychain.key = SIM_KEYS.org;
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, apiBaseUrl: simA.baseUrl, appBaseUrl: 'https://evil.example', orgId: 'org-sim' }));
    const core = makeCore();
    await core.start();
    expect(core.account.view()).toMatchObject({ signedIn: true, orgId: 'org-sim', apiBaseUrl: simA.baseUrl });
    expect(keychain.stored).toEqual({ key: SIM_KEYS.org, origin: simA.baseUrl });
    const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(saved).not.toHaveProperty('appBaseUrl');
    // The old free setting no longer widens what opens: only Devin's app host does.
    expect(await call(core, 'shell:openExternal', 'https://evil.example/x')).toMatchObject({ ok: false, error: { code: 'URL_NOT_ALLOWED' } });
    expect(await call(core, 'shell:openExternal', 'https://app.devin.ai/sessions/x')).toMatchObject({ ok: true });
    expect(opened).toEqual(['https://app.devin.ai/sessions/x']);
  });
});

describe('links open over https only, and a PR on an unknown host asks first (issue #11 point 4)', () => {
  it('refuses http PR links, opens known hosts, asks before others in main\'s dialog', async () => {
    const core = await signedInAtA();
    simA.control.createSession({
      title: 'PRs',
      status: 'running',
      pull_requests: [
        { pr_url: 'http://github.com/acme/app/pull/1', pr_state: 'open' },
        { pr_url: 'https://github.com/acme/app/pull/2', pr_state: 'open' },
        { pr_url: 'https://git.acme.internal/acme/app/-/merge_requests/3', pr_state: 'open' },
      ],
    });
    await core.sessions.refresh();
    expect(core.sessions.list().flatMap((s) => s.prs.map((p) => p.url))).toHaveLength(3);

    expect(await call(core, 'shell:openExternal', 'http://github.com/acme/app/pull/1')).toMatchObject({ ok: false, error: { code: 'URL_NOT_ALLOWED' } });
    expect(await call(core, 'shell:openExternal', 'https://github.com/acme/app/pull/2')).toMatchObject({ ok: true });
    expect(asked).toEqual([]);

    const unknown = 'https://git.acme.internal/acme/app/-/merge_requests/3';
    expect(await call(core, 'shell:openExternal', unknown)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(asked).toEqual([expect.objectContaining({ kind: 'unknownLinkHost', message: translate('en', 'security.confirm.link.message', { host: 'git.acme.internal' }) })]);
    answer = true;
    expect(await call(core, 'shell:openExternal', unknown)).toMatchObject({ ok: true });
    expect(opened).toEqual(['https://github.com/acme/app/pull/2', unknown]);
    // Any other URL on that host is still refused: only links the API returned may ask.
    expect(await call(core, 'shell:openExternal', 'https://git.acme.internal/admin')).toMatchObject({ ok: false, error: { code: 'URL_NOT_ALLOWED' } });
  });
});

describe('capabilities, not paths, over IPC (issue #11 point 5)', () => {
  it('refuses a raw path for an upload, sending nothing', async () => {
    const core = await signedInAtA();
    const secret = join(dir, 'id_rsa');
    await writeFile(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nnot really\n');
    const before = simA.control.getRequests().length;
    // Today's shape and the handle shape: a path is refused either way.
    for (const payload of [{ paths: [secret] }, { files: [secret] }, { files: ['~/.ssh/id_rsa'] }]) {
      const r = await call(core, 'attachments:upload', payload);
      expect(r.ok, JSON.stringify(payload)).toBe(false);
    }
    expect(await call(core, 'attachments:upload', { files: [secret] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: `Not accepted: ${translate('en', 'security.handle.file.rawPath')}` },
    });
    expect(simA.control.getRequests().slice(before).filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('refuses a raw folder for downloads and for the download root, writing nothing', async () => {
    const core = await signedInAtA();
    const s = simA.control.createSession({ title: 'Drop', status: 'running', status_detail: 'finished' });
    const a = simA.control.addSessionAttachment(s.session_id, { name: 'evil.desktop', text: '[Desktop Entry]\nExec=sh\n' });
    const autostart = join(dir, 'home', '.config', 'autostart');
    for (const [channel, payload] of [
      ['attachments:download', { sessionId: s.session_id, attachmentId: a.attachment_id, dir: autostart }],
      ['attachments:download', { sessionId: s.session_id, attachmentId: a.attachment_id, folder: autostart }],
      ['attachments:downloadAll', { sessionId: s.session_id, dir: autostart }],
      ['attachments:downloadAll', { sessionId: s.session_id, folder: autostart }],
      ['settings:update', { attachmentsFolder: autostart }],
    ] as const) {
      const r = await call(core, channel, payload);
      expect(r.ok, `${channel} ${JSON.stringify(payload)}`).toBe(false);
    }
    expect(await call(core, 'settings:update', { attachmentsFolder: autostart })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await core.downloads.settled();
    expect(core.downloads.jobs()).toEqual([]);
    expect(core.settings.get().attachmentsFolder).toBeNull();
  });

  it('takes the handles main issued, for the page it issued them to only; the page cannot register drops itself', async () => {
    const picked = join(dir, 'picked');
    const log = join(dir, 'server.log');
    await writeFile(log, 'GET /upload 500\n');
    const core = await signedInAtA();
    await core.dispose();
    cores = [];
    const withDialogs = makeCore({ attachmentsDialog: { chooseFolder: async () => picked }, chooseFiles: async () => [log] });
    await withDialogs.start();
    const folder = await value<{ handle: string; path: string }>(withDialogs, 'attachments:chooseFolder');
    expect(folder.path).toBe(picked);
    const other = { ...page, senderId: '2' };
    expect(await call(withDialogs, 'settings:update', { attachmentsFolder: folder.handle }, other)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await value(withDialogs, 'settings:update', { attachmentsFolder: folder.handle })).toMatchObject({ attachmentsFolder: picked });

    const [file] = await value<{ handle: string }[]>(withDialogs, 'attachments:chooseFiles');
    expect(await call(withDialogs, 'attachments:upload', { files: [file!.handle] }, other)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await value(withDialogs, 'attachments:upload', { files: [file!.handle] })).toMatchObject([{ name: 'server.log' }]);

    // The page's webContents goes away: what it held ends with it.
    const again = await value<{ handle: string }>(withDialogs, 'attachments:chooseFolder');
    withDialogs.forgetSender('1');
    expect(await call(withDialogs, 'settings:update', { attachmentsFolder: again.handle })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('a page cannot raise the API-URL question in a loop (security follow-up)', () => {
  it('one question at a time: a second save while the dialog is open asks nothing more', async () => {
    const core = await signedInAtA();
    let release!: (yes: boolean) => void;
    const open = new Promise<boolean>((resolve) => (release = resolve));
    const slow = makeCore({ confirm: async (q) => (asked.push(q), open) });
    await core.dispose();
    cores = cores.filter((c) => c !== core);
    await slow.start();
    const first = call(slow, 'settings:update', { apiBaseUrl: simB.baseUrl });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    const second = await call(slow, 'settings:update', { apiBaseUrl: simB.baseUrl });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFIRM_PENDING', message: translate('en', 'error.CONFIRM_PENDING') } });
    expect(asked).toHaveLength(1);
    release(false);
    expect(await first).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(slow.settings.get().apiBaseUrl).toBe(simA.baseUrl);
  });

  it('after a no, the question waits (5 s, then doubling) before it can be asked again; a yes clears the wait', async () => {
    let clock = 1_000_000;
    await signedInAtA().then((c) => c.dispose());
    cores = [];
    const core = makeCore({ confirmClock: () => clock });
    await core.start();
    expect(await call(core, 'settings:update', { apiBaseUrl: simB.baseUrl })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    for (let i = 0; i < 5; i++) {
      expect(await call(core, 'settings:update', { apiBaseUrl: simB.baseUrl })).toMatchObject({
        ok: false,
        error: { code: 'CONFIRM_TOO_SOON', message: translate('en', 'error.CONFIRM_TOO_SOON', { seconds: 5 }) },
      });
    }
    expect(asked).toHaveLength(1);
    clock += 5_000;
    expect(await call(core, 'settings:update', { apiBaseUrl: simB.baseUrl })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(asked).toHaveLength(2);
    clock += 9_000; // the second refusal in a row waits 10 s
    expect(await call(core, 'settings:update', { apiBaseUrl: simB.baseUrl })).toMatchObject({ ok: false, error: { code: 'CONFIRM_TOO_SOON' } });
    expect(asked).toHaveLength(2);
    clock += 1_000;
    answer = true;
    expect(await call(core, 'settings:update', { apiBaseUrl: simB.baseUrl })).toMatchObject({ ok: true });
    expect(asked).toHaveLength(3);
    expect(core.settings.get().apiBaseUrl).toBe(simB.baseUrl);
    expect(authorizedAt(simB)).toEqual([]);
  });
});
