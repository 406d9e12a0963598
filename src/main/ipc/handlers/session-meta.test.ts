import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type SerializedError } from '../../../shared/errors';
import { applyNotificationPatch, DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/sessions/notification-settings';
import type { SessionView } from '../../../shared/sessions/session-view';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../../sim/server';
import { SIM_INSIGHT_DELAY_MS } from '../../../sim/store/insights';
import { createDevinClient } from '../../api/client';
import { createComposerMemory } from '../../sessions/composer-memory';
import { FakeClock } from '../../sessions/fake-clock';
import { createSessionInsightsService, INSIGHT_PENDING_GIVE_UP_MS } from '../../sessions/session-insights-service';
import { createSessionsService, type SessionsService } from '../../sessions/sessions-service';
import { createRouter, type Handlers } from '../router';
import { createSessionMetaHandlers } from './session-meta';

const TRUSTED = 'file:///app/index.html';
const ctx = { senderUrl: TRUSTED };
let sim: SimHandle | null = null;
let service: SessionsService | null = null;
let dir = '';
afterEach(async () => {
  await service?.dispose();
  await sim?.close();
  sim = null;
  service = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function setup(opts: { signedIn?: boolean } = {}) {
  const clock = new FakeClock(Date.UTC(2026, 0, 15, 9));
  sim = await startSim({ now: clock.now });
  dir = mkdtempSync(join(tmpdir(), 'session-meta-'));
  service = createSessionsService({
    stateDir: dir,
    getLocale: () => 'en',
    getNotificationSettings: () => DEFAULT_NOTIFICATION_SETTINGS,
    updateNotificationSettings: async (patch) => applyNotificationPatch(DEFAULT_NOTIFICATION_SETTINGS, patch),
    clock,
    random: () => 0.5,
  });
  const client = createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } });
  const signedIn = opts.signedIn ?? true;
  const getSessions = () => {
    if (!signedIn) throw new AppError('NOT_SIGNED_IN', 'Sign in first');
    return { api: client.sessions, orgId: SIM_ORG.org_id };
  };
  const errors: unknown[] = [];
  const handlers = createSessionMetaHandlers({
    getSessions,
    refreshSession: (id) => service!.get(id),
    insights: createSessionInsightsService({ getApi: () => getSessions().api.insights, now: clock.now }),
    composer: createComposerMemory(join(dir, 'composer.json')),
    onError: (e) => errors.push(e),
  });
  const serializeError = (err: unknown): SerializedError =>
    err instanceof AppError ? { code: err.code, message: err.message, details: { ...err.params, ...err.details } } : { code: 'INTERNAL', message: String(err) };
  const router = createRouter(handlers as unknown as Handlers, { isTrustedSender: (u) => u === TRUSTED, serializeError });
  if (signedIn) {
    service.setWindowVisible(true);
    await service.setAccount({ api: client.sessions, orgId: SIM_ORG.org_id, demo: false });
    await service.refresh();
  }
  return { clock, sim, router, service, errors };
}

const tagsOf = (svc: SessionsService, id: string) => svc.list({}).find((v: SessionView) => v.id === id)?.tags;

describe('tags:add / tags:remove', () => {
  it('append and replace as documented, and the tracked list has the new tags when the call answers', async () => {
    const { router, service: svc, sim: s } = await setup();
    const session = s.control.createSession({ title: 'A', tags: ['ci'] });
    await svc.refresh();
    s.control.clearRequests();

    const added = await router.handle('tags:add', { sessionId: session.session_id, tags: [' review ', 'ci'] }, ctx);
    expect(added).toEqual({ ok: true, value: { sessionId: session.session_id, tags: ['ci', 'review'] } });
    expect(tagsOf(svc, session.session_id)).toEqual(['ci', 'review']);
    expect(svc.list({ tags: ['review'] }).map((v) => v.id)).toEqual([session.session_id]);

    const removed = await router.handle('tags:remove', { sessionId: session.session_id, tags: ['ci'] }, ctx);
    expect(removed).toEqual({ ok: true, value: { sessionId: session.session_id, tags: ['review'] } });
    expect(tagsOf(svc, session.session_id)).toEqual(['review']);
    const calls = s.control.getRequests().map((r) => `${r.method} ${r.route}`);
    expect(calls).toEqual([
      'POST /v3/organizations/:org/sessions/:id/tags',
      'GET /v3/organizations/:org/sessions/:id',
      'GET /v3/organizations/:org/sessions/:id/tags',
      'PUT /v3/organizations/:org/sessions/:id/tags',
      'GET /v3/organizations/:org/sessions/:id',
    ]);
  });

  it('removing reads the server tags first, so a tag added elsewhere survives', async () => {
    const { router, sim: s } = await setup();
    const session = s.control.createSession({ tags: ['a', 'b'] });
    // Someone else adds "c" behind our back.
    await createDevinClient({ baseUrl: s.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id }).sessions.tags.append(session.session_id, ['c']);
    expect(await router.handle('tags:remove', { sessionId: session.session_id, tags: ['a'] }, ctx)).toMatchObject({ ok: true, value: { tags: ['b', 'c'] } });
    // Removing a tag that is not there sends no PUT.
    s.control.clearRequests();
    expect(await router.handle('tags:remove', { sessionId: session.session_id, tags: ['zzz'] }, ctx)).toMatchObject({ ok: true, value: { tags: ['b', 'c'] } });
    expect(s.control.getRequests().map((r) => r.method)).not.toContain('PUT');
  });

  it('refuses bad tags before any request, names the tag, and keeps the session unchanged', async () => {
    const { router, sim: s } = await setup();
    const session = s.control.createSession({ tags: ['a'] });
    s.control.clearRequests();
    for (const bad of ['   ', 'x'.repeat(201), 'two\nlines']) {
      const r = await router.handle('tags:add', { sessionId: session.session_id, tags: [bad] }, ctx);
      expect(r).toMatchObject({ ok: false, error: { code: 'TAG_INVALID' } });
    }
    expect(await router.handle('tags:add', { sessionId: session.session_id, tags: [] }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.control.getRequests()).toEqual([]);
    expect(s.control.getSession(session.session_id).tags).toEqual(['a']);
  });

  it('an unknown session is NOT_FOUND; signed out is NOT_SIGNED_IN', async () => {
    const { router } = await setup();
    expect(await router.handle('tags:add', { sessionId: 'devin-missing', tags: ['x'] }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await service?.dispose();
    await sim?.close();
    const out = await setup({ signedIn: false });
    expect(await out.router.handle('tags:add', { sessionId: 'devin-1', tags: ['x'] }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });

  it('a failed refresh after a successful edit still answers the new tags (the list catches up at the next poll)', async () => {
    const { router, sim: s, service: svc } = await setup();
    const session = s.control.createSession({ tags: [] });
    await svc.refresh();
    s.control.addFault({ method: 'GET', path: `/v3/organizations/org-sim/sessions/${session.session_id}`, kind: 'status', status: 503 });
    expect(await router.handle('tags:add', { sessionId: session.session_id, tags: ['x'] }, ctx)).toMatchObject({ ok: true, value: { tags: ['x'] } });
    // The tracker kept its cached copy (the detail view holds the answer until the list agrees).
    expect(tagsOf(svc, session.session_id)).toEqual([]);
    await svc.refresh();
    expect(tagsOf(svc, session.session_id)).toEqual(['x']);
  });
});

describe('insights:get / insights:generate', () => {
  it('pending from generate until the analysis arrives on the sim clock', async () => {
    const { router, sim: s, clock } = await setup();
    const session = s.control.createSession({ title: 'Fix the login bug' });
    const before = await router.handle('insights:get', { sessionId: session.session_id }, ctx);
    expect(before).toMatchObject({ ok: true, value: { sessionId: session.session_id, analysis: null, pending: false, sessionSize: 'xs' } });
    const started = await router.handle('insights:generate', { sessionId: session.session_id }, ctx);
    expect(started).toMatchObject({ ok: true, value: { analysis: null, pending: true } });
    await clock.advanceBy(SIM_INSIGHT_DELAY_MS);
    const done = await router.handle('insights:get', { sessionId: session.session_id }, ctx);
    expect(done).toMatchObject({ ok: true, value: { pending: false, analysis: { category: 'bug_fixing', issues: [{ label: 'Underspecified prompt' }, { label: 'No repository named' }] } } });
    expect(done.ok && (done.value as { analysis: { suggestedPrompt: { original: string } } }).analysis.suggestedPrompt.original).toBe('Fix the login bug');
  });

  it('stops saying pending after the give-up time when the analysis never comes', async () => {
    const { router, sim: s, clock } = await setup();
    const session = s.control.createSession({});
    await router.handle('insights:generate', { sessionId: session.session_id }, ctx);
    // The server loses the generation (the docs: "or the last attempt failed"): no analysis will come.
    s.state.insights.clear();
    await clock.advanceBy(INSIGHT_PENDING_GIVE_UP_MS - 1);
    expect(await router.handle('insights:get', { sessionId: session.session_id }, ctx)).toMatchObject({ ok: true, value: { analysis: null, pending: true } });
    await clock.advanceBy(2);
    expect(await router.handle('insights:get', { sessionId: session.session_id }, ctx)).toMatchObject({ ok: true, value: { analysis: null, pending: false } });
    // Generating again starts a new one (the sim says `started`) and is pending again.
    expect(await router.handle('insights:generate', { sessionId: session.session_id }, ctx)).toMatchObject({ ok: true, value: { pending: true } });
  });
});

describe('composer memory', () => {
  it('remembers per org in composer.json and survives a new store (a restart)', async () => {
    const { router } = await setup();
    expect(await router.handle('composer:lastUsed', undefined, ctx)).toEqual({ ok: true, value: { devinMode: null, childPlaybookId: null } });
    expect(await router.handle('composer:remember', { devinMode: 'fast', childPlaybookId: 'playbook-1' }, ctx)).toMatchObject({ ok: true });
    expect(await router.handle('composer:remember', { devinMode: 'turbo', childPlaybookId: null }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const file = JSON.parse(readFileSync(join(dir, 'composer.json'), 'utf8'));
    expect(file).toEqual({ version: 1, byOrg: { 'org-sim': { devinMode: 'fast', childPlaybookId: 'playbook-1' } } });
    expect(await createComposerMemory(join(dir, 'composer.json')).get('org-sim')).toEqual({ devinMode: 'fast', childPlaybookId: 'playbook-1' });
    expect(await createComposerMemory(join(dir, 'composer.json')).get('org-other')).toEqual({ devinMode: null, childPlaybookId: null });
  });

  it('a damaged file reads as empty and the next remember rewrites it', async () => {
    const { router } = await setup();
    writeFileSync(join(dir, 'composer.json'), '{"byOrg": {"org-sim": {"devinMode": "warp"}}');
    expect(await router.handle('composer:lastUsed', undefined, ctx)).toEqual({ ok: true, value: { devinMode: null, childPlaybookId: null } });
    await router.handle('composer:remember', { devinMode: 'normal', childPlaybookId: null }, ctx);
    expect(await router.handle('composer:lastUsed', undefined, ctx)).toEqual({ ok: true, value: { devinMode: 'normal', childPlaybookId: null } });
  });

  it('signed out: nothing remembered, remember refuses', async () => {
    const { router } = await setup({ signedIn: false });
    expect(await router.handle('composer:lastUsed', undefined, ctx)).toEqual({ ok: true, value: { devinMode: null, childPlaybookId: null } });
    expect(await router.handle('composer:remember', { devinMode: 'fast', childPlaybookId: null }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
  });
});
