import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIM_KEYS, startSim, type SimHandle } from '../sim/server';
import type { SessionScopeView } from '../shared/ipc/channels/session-scope';
import type { SessionView } from '../shared/sessions/session-view';
import { FakeKeychain } from './account/testing/fake-keychain';
import { createCore, type Core } from './core';

const RENDERER = 'http://127.0.0.1:5999/';
const ctx = { senderUrl: `${RENDERER}index.html` };
let sim: SimHandle;
let dir: string;
let core: Core | null = null;

beforeEach(async () => {
  sim = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-enterprise-'));
});
afterEach(async () => {
  await core?.dispose();
  core = null;
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

function makeCore(): Core {
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
    log: () => undefined,
  });
  return core;
}

async function value<T>(c: Core, channel: string, payload?: unknown): Promise<T> {
  const envelope = await c.router.handle(channel, payload, ctx);
  if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

const paths = () => sim.control.getRequests().map((r) => `${r.method} ${r.path}`);

describe('the enterprise inbox through main (router → services → devin-sim)', () => {
  it('All organisations: one list, org per row; tags and attachments through the enterprise routes; create in a chosen org', async () => {
    const one = sim.control.createSession({ org_id: 'org-sim', title: 'In org one' });
    const two = sim.control.createSession({ org_id: 'org-sim-2', title: 'In org two', tags: ['t'] });
    sim.control.addSessionAttachment(two.session_id, { name: 'two.txt', text: 'two' });
    const c = makeCore();
    await c.start();
    await value(c, 'settings:update', { apiBaseUrl: sim.baseUrl });
    await value(c, 'account:signIn', { key: SIM_KEYS.enterprise });
    await value(c, 'account:chooseOrg', { orgId: 'org-sim' });

    await vi.waitFor(async () => expect((await value<SessionScopeView>(c, 'sessionScope:get')).available).toBe(true), { timeout: 15_000 });
    expect(await value<SessionScopeView>(c, 'sessionScope:get')).toEqual({
      available: true,
      scope: 'org',
      orgId: 'org-sim',
      orgs: [
        { orgId: 'org-sim', name: 'Sim Org' },
        { orgId: 'org-sim-2', name: 'Sim Org Two' },
      ],
      createOrgId: 'org-sim',
    });
    await vi.waitFor(async () => expect((await value<SessionView[]>(c, 'sessions:list')).map((v) => v.id)).toEqual([one.session_id]), { timeout: 15_000 });

    expect(await value<SessionScopeView>(c, 'sessionScope:set', { scope: 'all' })).toMatchObject({ scope: 'all' });
    await vi.waitFor(
      async () => expect((await value<SessionView[]>(c, 'sessions:list')).map((v) => [v.id, v.orgId]).sort()).toEqual([[one.session_id, 'org-sim'], [two.session_id, 'org-sim-2']].sort()),
      { timeout: 15_000 },
    );
    expect(paths()).toContain('GET /v3/enterprise/sessions');

    sim.control.clearRequests();
    await value(c, 'tags:add', { sessionId: two.session_id, tags: ['triage'] });
    expect((await value<{ name: string }[]>(c, 'attachments:list', { sessionId: two.session_id })).map((a) => a.name)).toEqual(['two.txt']);
    const e = `/v3/enterprise/sessions/${two.session_id}`;
    expect(paths()).toEqual(expect.arrayContaining([`POST ${e}/tags`, `GET ${e}/attachments`]));
    expect(paths().filter((p) => p.includes('/organizations/org-sim/'))).toEqual([]);
    expect(sim.control.getSession(two.session_id).tags).toEqual(['t', 'triage']);

    const created = await value<{ sessionId: string }>(c, 'sessionScope:create', { orgId: 'org-sim-2', body: { prompt: 'Made in org two' } });
    expect(sim.control.getSession(created.sessionId).org_id).toBe('org-sim-2');
    expect((await value<SessionScopeView>(c, 'sessionScope:get')).createOrgId).toBe('org-sim-2');
    // The plain composer route in this scope goes to the org last used.
    const again = await value<{ sessionId: string }>(c, 'sessions:create', { prompt: 'Default org' });
    expect(sim.control.getSession(again.sessionId).org_id).toBe('org-sim-2');
    expect(JSON.parse(await readFile(join(dir, 'session-scope.json'), 'utf8'))).toEqual({ scope: 'all', createOrgId: 'org-sim-2' });
    // The handoff's org line chooses that default (the handoff sends through the same create path).
    expect(await value<SessionScopeView>(c, 'sessionScope:setCreateOrg', { orgId: 'org-sim' })).toMatchObject({ createOrgId: 'org-sim' });
    const handedOff = await value<{ sessionId: string }>(c, 'sessions:create', { prompt: 'Handed off' });
    expect(sim.control.getSession(handedOff.sessionId).org_id).toBe('org-sim');
    expect(await c.router.handle('sessionScope:setCreateOrg', { orgId: 'org-elsewhere' }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await value(c, 'sessionScope:setCreateOrg', { orgId: 'org-sim-2' });

    // One org again: the account's org switches, the list is that org's.
    expect(await value<SessionScopeView>(c, 'sessionScope:set', { scope: 'org', orgId: 'org-sim-2' })).toMatchObject({ scope: 'org', orgId: 'org-sim-2' });
    await vi.waitFor(async () => expect(new Set((await value<SessionView[]>(c, 'sessions:list')).map((v) => v.orgId))).toEqual(new Set(['org-sim-2'])), { timeout: 15_000 });
  });

  it('an org-scoped key has no All-organisations scope and cannot create elsewhere', async () => {
    const c = makeCore();
    await c.start();
    await value(c, 'settings:update', { apiBaseUrl: sim.baseUrl });
    await value(c, 'account:signIn', { key: SIM_KEYS.org });
    await vi.waitFor(() => expect(paths()).toContain('GET /v3/self'), { timeout: 15_000 });
    const env = await c.router.handle('sessionScope:set', { scope: 'all' }, ctx);
    expect(env).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const create = await c.router.handle('sessionScope:create', { orgId: 'org-sim-2', body: { prompt: 'x' } }, ctx);
    expect(create).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await c.router.handle('sessionScope:setCreateOrg', { orgId: 'org-sim-2' }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await value<SessionScopeView>(c, 'sessionScope:get')).available).toBe(false);
  });
});
