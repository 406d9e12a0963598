import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountView } from '../../../shared/account';
import type { Core } from '../../core';
import type { Locale } from '../../../shared/i18n';
import type { SessionView } from '../../../shared/sessions/session-view';
import type { TrackerStatus } from '../../../shared/sessions/tracker-status';
import type { NotificationSettingsPatch } from '../../../shared/sessions/notification-settings';
import { applyNotificationPatch } from '../../../shared/sessions/notification-settings';
import { createExternalUrlPolicy } from '../../security/external-url';
import type { SessionsServiceEvents } from '../../sessions/sessions-service';
import { createEmitter } from '../../sessions/typed-emitter';
import { createSettingsStore } from '../../settings/settings-store';

/**
 * The parts of Core the Electron glue uses, with a REAL settings store (temp dir) and a real
 * external-URL policy; sessions and account are scriptable. For the glue's unit tests.
 */
export function createFakeCore(opts: { locale?: Locale } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'devin-tray-glue-'));
  const settings = createSettingsStore({ dir });
  const sessionEvents = createEmitter<SessionsServiceEvents>((err) => {
    throw err;
  });
  const accountListeners = new Set<(v: AccountView) => void>();
  let accountView: AccountView = { signedIn: false, demo: false, principal: null, orgId: null, orgName: null, keyStore: null, apiBaseUrl: 'https://api.devin.ai', apiBaseUrlFromEnv: false, appBaseUrl: 'https://app.devin.ai', needsOrg: false };
  let list: SessionView[] = [];
  let status: TrackerStatus = { kind: 'stopped', lastSyncMs: null } as TrackerStatus;
  const calls = { requestOpen: [] as string[], visible: [] as boolean[], online: [] as boolean[], asleep: [] as boolean[] };

  const sessions = {
    on: sessionEvents.on,
    list: () => list,
    trackerStatus: () => status,
    requestOpen: (id: string) => {
      calls.requestOpen.push(id);
      sessionEvents.emit('open', { sessionId: id });
    },
    setWindowVisible: (v: boolean) => calls.visible.push(v),
    setOnline: (v: boolean) => calls.online.push(v),
    setAsleep: (v: boolean) => calls.asleep.push(v),
    updateNotificationSettings: async (patch: NotificationSettingsPatch) =>
      (await settings.updateWith((current) => ({ notifications: applyNotificationPatch(current.notifications, patch) }))).notifications,
  };
  const account = {
    view: () => accountView,
    onChange: (l: (v: AccountView) => void) => {
      accountListeners.add(l);
      return () => accountListeners.delete(l);
    },
  };
  const externalUrls = createExternalUrlPolicy(() => [accountView.appBaseUrl]);
  let updateOffer: { version: string } | null = null;
  const updateListeners = new Set<() => void>();
  const updates = {
    trayOffer: () => updateOffer,
    onChange: (l: () => void) => {
      updateListeners.add(l);
      return () => updateListeners.delete(l);
    },
  };
  const core = {
    settings,
    sessions,
    account,
    updates,
    externalUrls,
    locale: () => opts.locale ?? ('en' as Locale),
  };
  return {
    core: core as unknown as Core,
    dir,
    calls,
    emit: sessionEvents.emit,
    setAccount(v: Partial<AccountView>) {
      accountView = { ...accountView, ...v };
      for (const l of accountListeners) l(accountView);
    },
    setSessions(next: SessionView[]) {
      list = next;
      sessionEvents.emit('sessionsChanged', next);
    },
    /** A downloaded update (or none), as the update service would report it. */
    setUpdateOffer(next: { version: string } | null) {
      updateOffer = next;
      for (const l of updateListeners) l();
    },
    setStatus(next: TrackerStatus) {
      status = next;
      sessionEvents.emit('status', next);
    },
  };
}

/** A session view with sensible defaults. */
export function sessionView(id: string, over: Partial<SessionView> = {}): SessionView {
  return {
    id,
    title: `Task ${id}`,
    status: 'running',
    statusDetail: 'working',
    attention: false,
    group: 'running',
    tags: [],
    origin: null,
    acus: 0,
    prs: [],
    url: `https://app.devin.ai/sessions/${id}`,
    createdAt: 0,
    updatedAt: 0,
    watched: true,
    playbookId: null,
    ...over,
  } as SessionView;
}
