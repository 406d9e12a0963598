import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type SerializedError } from '../../../shared/errors';
import type { EventName } from '../../../shared/ipc/contract';
import { applyNotificationPatch, DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from '../../../shared/sessions/notification-settings';
import type { SessionView } from '../../../shared/sessions/session-view';
import { createDevinClient } from '../../api/client';
import { FakeClock } from '../../sessions/fake-clock';
import { createSessionsService, type SessionsService } from '../../sessions/sessions-service';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../../sim/server';
import { createRouter, type Handlers } from '../router';
import { createSessionsHandlers, forwardSessionsEvents } from './sessions';

const TRUSTED = 'file:///app/index.html';
const ctx = { senderUrl: TRUSTED };
let sim: SimHandle | null = null;
let service: SessionsService | null = null;
afterEach(async () => {
  await service?.dispose();
  await sim?.close();
  sim = null;
  service = null;
});

async function setup() {
  const clock = new FakeClock(Date.UTC(2026, 0, 15, 9));
  sim = await startSim({ now: clock.now });
  let settings: NotificationSettings = { ...DEFAULT_NOTIFICATION_SETTINGS };
  service = createSessionsService({
    stateDir: '/nonexistent-never-written', // demo accounts keep state in memory
    getLocale: () => 'en',
    getNotificationSettings: () => settings,
    updateNotificationSettings: async (patch) => (settings = applyNotificationPatch(settings, patch)),
    clock,
    random: () => 0.5,
  });
  const handlers = createSessionsHandlers({ service });
  const serializeError = (err: unknown): SerializedError =>
    err instanceof AppError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: String(err) };
  const router = createRouter(handlers as unknown as Handlers, { isTrustedSender: (u) => u === TRUSTED, serializeError });
  const pushed: [EventName, unknown][] = [];
  forwardSessionsEvents(service, (event, payload) => pushed.push([event, payload]));
  const client = createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } });
  return { clock, sim, service, router, pushed, client, settings: () => settings };
}

describe('sessions IPC handlers + service', () => {
  it('signed out: list is empty, actions say NOT_SIGNED_IN', async () => {
    const { router } = await setup();
    expect(await router.handle('sessions:list', undefined, ctx)).toEqual({ ok: true, value: [] });
    expect(await router.handle('sessions:get', { sessionId: 'devin-1' }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN' } });
    expect(await router.handle('sessions:trackerStatus', undefined, ctx)).toMatchObject({ ok: true, value: { kind: 'stopped' } });
  });

  it('tracks the account, serves views, validates payloads, pushes events', async () => {
    const { router, service: svc, client, pushed, clock } = await setup();
    const s = sim!.control.createSession({ title: 'Hello', status: 'running', status_detail: 'waiting_for_user' });
    svc.setWindowVisible(true);
    await svc.setAccount({ api: client.sessions, orgId: SIM_ORG.org_id, demo: true });
    await clock.advanceBy(1);
    await svc.refresh();

    const listed = await router.handle('sessions:list', { groups: ['attention'] }, ctx);
    expect(listed.ok && (listed.value as SessionView[]).map((v) => v.title)).toEqual(['Hello']);
    expect(await router.handle('sessions:list', { groups: ['sleeping'] }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await router.handle('sessions:send', { sessionId: s.session_id, message: '' }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await router.handle('sessions:send', { sessionId: s.session_id, message: 'hi', extra: 1 }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const sent = await router.handle('sessions:send', { sessionId: s.session_id, message: 'go on' }, ctx);
    expect(sent).toMatchObject({ ok: true, value: { id: s.session_id, statusDetail: 'working' } });
    const msgs = await router.handle('sessions:watchMessages', { sessionId: s.session_id }, ctx);
    expect(msgs.ok && (msgs.value as { message: string }[]).map((m) => m.message)).toEqual(['go on']);

    expect(await router.handle('sessions:watch', { sessionId: s.session_id }, ctx)).toEqual({ ok: true, value: undefined });
    const created = await router.handle('sessions:create', { prompt: 'Write docs', title: 'Docs' }, ctx);
    expect(created).toMatchObject({ ok: true, value: { sessionId: expect.stringMatching(/^devin-/) } });
    expect(await router.handle('sessions:create', { title: 'no prompt' }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    await svc.refresh();
    const all = await router.handle('sessions:list', undefined, ctx);
    expect(all.ok && (all.value as SessionView[]).filter((v) => v.watched).length).toBe(2);

    const kinds = new Set(pushed.map(([e]) => e));
    expect(kinds).toEqual(new Set(['sessions:changed', 'sessions:trackerStatus', 'sessions:messages']));
    svc.requestOpen(s.session_id);
    expect(pushed.at(-1)).toEqual(['sessions:open', { sessionId: s.session_id }]);
  });

  it('notification settings: read and patch (kinds merge)', async () => {
    const { router, settings } = await setup();
    const r = await router.handle('sessions:setNotificationSettings', { scope: 'all', kinds: { suspended: false } }, ctx);
    expect(r).toMatchObject({ ok: true, value: { scope: 'all', kinds: { suspended: false, finished: true } } });
    expect(settings().scope).toBe('all');
    expect(await router.handle('sessions:setNotificationSettings', { scope: 'mine' }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await router.handle('sessions:notificationSettings', undefined, ctx)).toMatchObject({ ok: true, value: { scope: 'all' } });
  });

  it('sign-out stops the tracker and empties the list', async () => {
    const { router, service: svc, client, pushed } = await setup();
    sim!.control.createSession({ title: 'X' });
    await svc.setAccount({ api: client.sessions, orgId: SIM_ORG.org_id, demo: true });
    await svc.refresh();
    await svc.setAccount(null);
    expect(await router.handle('sessions:list', undefined, ctx)).toEqual({ ok: true, value: [] });
    expect(pushed.filter(([e]) => e === 'sessions:changed').at(-1)).toEqual(['sessions:changed', []]);
  });
});
