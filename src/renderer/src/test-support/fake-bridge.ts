import { createBridge } from '../../../shared/ipc/bridge';
import { channels } from '../../../shared/ipc/contract';
import type { Bridge } from '../../../shared/ipc/bridge';
import type { AppInfo, ChannelName, EventName, EventPayload, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import type { AccountView } from '../../../shared/account';
import { SIGNED_OUT } from '../../../shared/account';
import type { Settings } from '../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { applyNotificationPatch } from '../../../shared/sessions/notification-settings';
import type { SerializedError } from '../../../shared/errors';
import type { DraftView } from '../../../shared/ipc/channels/drafts';

/** Thrown by a fake handler to make the call fail with this wire error. */
export class FakeFailure {
  constructor(readonly error: SerializedError) {}
}

type FakeHandler<C extends ChannelName> = (request: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
export type FakeHandlers = { [C in ChannelName]?: FakeHandler<C> };

export interface FakeBridge {
  bridge: Bridge;
  /** Every call in order, as the renderer made it. */
  calls: { channel: ChannelName; request: unknown }[];
  callsTo(channel: ChannelName): unknown[];
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  listenerCount(event: EventName): number;
}

export const SIGNED_IN: AccountView = {
  signedIn: true,
  demo: false,
  principal: { type: 'service_user', name: 'CI Bot' },
  orgId: 'org-acme',
  orgName: 'Acme Robotics',
  keyStore: 'keychain',
  apiBaseUrl: 'https://api.devin.ai',
  apiBaseUrlFromEnv: false,
  appBaseUrl: 'https://app.devin.ai',
  needsOrg: false,
};

export const APP_INFO: AppInfo = { name: 'Devin Tray', version: '0.1.0', platform: 'linux', locale: 'en', runtime: 'preview' };

/**
 * A bridge built with the real createBridge over an in-memory transport, so envelopes and
 * BridgeError behave as in the app. Unspecified channels get sensible defaults.
 */
export function createFakeBridge(
  handlers: FakeHandlers = {},
  initial: { account?: AccountView; settings?: Settings } = {},
): FakeBridge {
  let settings = initial.settings ?? DEFAULT_SETTINGS;
  // Drafts as main keeps them (in memory here; files keep the handle they were saved with).
  const drafts = new Map<string, DraftView>();
  const defaults: FakeHandlers = {
    'drafts:get': ({ key }) => drafts.get(key) ?? null,
    'drafts:put': ({ key, fields, files = [] }) => {
      const kept = files.map((f) => ({ handle: f.handle, name: f.uploaded?.name ?? f.handle, path: f.uploaded ? '' : `/fake/${f.handle}`, uploaded: f.uploaded }));
      drafts.set(key, { key, fields: fields as DraftView['fields'], files: kept, missingFiles: [], updatedAt: Date.now() });
    },
    'drafts:clear': ({ key }) => void drafts.delete(key),
    'drafts:list': ({ kind }) =>
      [...drafts.values()].filter((d) => d.key.startsWith(`${kind}:`)).map((d) => ({ key: d.key, updatedAt: d.updatedAt, preview: '' })),
    'app:info': () => APP_INFO,
    'app:notices': () => [],
    'app:dismissNotice': () => undefined,
    'account:status': () => initial.account ?? SIGNED_OUT,
    'account:signOut': () => SIGNED_OUT,
    'settings:get': () => settings,
    'settings:update': (patch) => (settings = { ...settings, ...patch }),
    'shell:openExternal': () => undefined,
    'desktop:takeNavigation': () => null,
    // Notification settings live in settings.notifications, as in main.
    'sessions:notificationSettings': () => settings.notifications,
    'sessions:setNotificationSettings': (patch) => (settings = { ...settings, notifications: applyNotificationPatch(settings.notifications, patch) }).notifications,
    // A session's per-day ACUs (shown under its facts): none yet.
    'usage:session': ({ sessionId }) => ({ state: 'ok', value: { sessionId, totalAcus: 0, days: [] } }),
    'network:status': () => ({ apiUrl: (initial.account ?? SIGNED_OUT).apiBaseUrl, route: { kind: 'direct', source: 'none' }, stack: 'system', extraCaFile: null }),
    'network:proxyAuthPending': () => [],
    // Several accounts (#16): none listed unless a test says so.
    'accounts:list': () => ({ accounts: [], currentAccountId: null }),
  };
  const calls: FakeBridge['calls'] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const bridge = createBridge({
    async invoke(channel, request) {
      calls.push({ channel: channel as ChannelName, request });
      const handler = (handlers[channel as ChannelName] ?? defaults[channel as ChannelName]) as
        | ((r: unknown) => unknown)
        | undefined;
      if (!handler) return { ok: false, error: { code: 'INTERNAL', message: `fake bridge: no handler for ${channel}` } };
      try {
        return { ok: true, value: await handler(request) };
      } catch (err) {
        if (err instanceof FakeFailure) return { ok: false, error: err.error };
        throw err;
      }
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  }, Object.keys(channels) as ChannelName[]);
  return {
    bridge,
    calls,
    callsTo: (channel) => calls.filter((c) => c.channel === channel).map((c) => c.request),
    emit(event, payload) {
      for (const l of [...(listeners.get(event) ?? [])]) l(payload);
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
  };
}

/** A promise you settle from the test, to observe busy states. */
export function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
