import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIM_KEYS, startSim, type SimHandle } from '../../sim/server';
import type { AccountsView } from '../../shared/accounts';
import type { SessionView } from '../../shared/sessions/session-view';
import { FakeKeychain } from '../account/testing/fake-keychain';
import { createCore, type Core } from '../core';

// Attachments of a session another account owns (#16): the bytes are asked for on that account's
// API origin with that account's key, never with the current account's; a reply's files go there too.
const RENDERER = 'http://127.0.0.1:5999/';
const ctx = { senderUrl: `${RENDERER}index.html` };
let simA: SimHandle;
let simB: SimHandle;
let dir: string;
let core: Core | null = null;

beforeEach(async () => {
  simA = await startSim({ seed: 'empty' });
  simB = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-accounts-dl-'));
});
afterEach(async () => {
  await core?.dispose();
  core = null;
  await simA.close();
  await simB.close();
  await rm(dir, { recursive: true, force: true });
});

async function value<T>(c: Core, channel: string, payload?: unknown): Promise<T> {
  const envelope = await c.router.handle(channel, payload, ctx);
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

describe('attachments with two accounts', () => {
  it("saves a non-current account's attachment through that account's origin and key, and uploads a reply's file there", async () => {
    const theirs = simB.control.createSession({ title: 'On account B' });
    simB.control.addSessionAttachment(theirs.session_id, { name: 'b.txt', text: 'bytes from B' });
    core = createCore({
      userDataDir: join(dir, 'userData'),
      env: {},
      osLocale: 'en-US',
      runtime: 'preview',
      trustedRendererUrls: [RENDERER],
      keychain: new FakeKeychain(),
      openExternal: async () => undefined,
      version: '1.2.3',
      platform: 'linux',
      log: () => undefined,
      chooseFiles: async () => [join(dir, 'reply.log')],
    });
    await writeFile(join(dir, 'reply.log'), 'for B');
    const c = core;
    await c.start();
    await value(c, 'settings:update', { apiBaseUrl: simA.baseUrl });
    await value(c, 'account:signIn', { key: SIM_KEYS.org });
    const added = await value<AccountsView>(c, 'accounts:add', { label: 'B', key: SIM_KEYS.org, apiBaseUrl: simB.baseUrl });
    const first = added.accounts.find((a) => a.label !== 'B')!;
    await value(c, 'accounts:setCurrent', { id: first.id });

    await vi.waitFor(async () => expect((await value<SessionView[]>(c, 'sessions:list')).map((v) => v.id)).toContain(theirs.session_id), { timeout: 15_000 });
    const out = join(dir, 'out');
    const done = new Promise<void>((resolve) => c.downloads.on('batchDone', () => resolve()));
    await c.downloads.downloadAll(theirs.session_id, out);
    await done;

    expect(await readFile(join(out, 'b.txt'), 'utf8')).toBe('bytes from B');
    const routeHits = simB.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/attachments/:id/:name');
    expect(routeHits.length).toBeGreaterThan(0);
    expect(routeHits.every((r) => r.hadAuth)).toBe(true);
    // Account A's server never heard of it.
    expect(simA.control.getRequests().filter((r) => r.path.includes('/attachments'))).toEqual([]);

    // A reply's file for B's session is uploaded to B; without a session it goes to the current account (A).
    const uploads = (sim: SimHandle) => sim.control.getRequests().filter((r) => r.method === 'POST' && r.route === '/v3/organizations/:org/attachments').length;
    const [forB] = await value<{ handle: string }[]>(c, 'attachments:chooseFiles');
    await value(c, 'attachments:upload', { files: [forB!.handle], sessionId: theirs.session_id });
    expect([uploads(simA), uploads(simB)]).toEqual([0, 1]);
    const [forA] = await value<{ handle: string }[]>(c, 'attachments:chooseFiles');
    await value(c, 'attachments:upload', { files: [forA!.handle] });
    expect([uploads(simA), uploads(simB)]).toEqual([1, 1]);
  });
});
