import type { Bridge } from '../../../shared/ipc/bridge';
import type { AppInfo, Notice } from '../../../shared/ipc/contract';
import type { AccountView } from '../../../shared/account';
import { SIGNED_OUT } from '../../../shared/account';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import DEFAULT_SETTINGS from 'virtual:default-settings';
import type { NotificationSettings, NotificationSettingsPatch } from '../../../shared/sessions/notification-settings';
import { mergeNotificationPatch } from './notification-patch';

export interface AppState {
  /** 'loading' until the first account + settings arrive; 'failed' keeps the error for the boot screen. */
  status: 'loading' | 'ready' | 'failed';
  bootError: string | null;
  account: AccountView;
  settings: Settings;
  notices: readonly Notice[];
  info: AppInfo | null;
}

/**
 * The renderer's whole state: a value plus subscribers (read with useSyncExternalStore).
 * Main is the source of truth; this mirrors it from the initial calls and the push events.
 */
export interface AppStore {
  getState(): AppState;
  subscribe(listener: () => void): () => void;
  /** Subscribes to main's events, then loads the initial state. Returns the stop function. */
  start(): () => void;
  /** Loads the initial state again (the boot screen's Retry). */
  reload(): void;
  setAccount(account: AccountView): void;
  setSettings(settings: Settings): void;
  /** Applies a settings change at once (so a language switch re-renders now), reverting if main refuses. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /**
   * Notification settings live in `settings.notifications` but are written through the sessions
   * channel (`sessions:setNotificationSettings`). Applied at once, reverted if main refuses.
   */
  updateNotificationSettings(patch: NotificationSettingsPatch): Promise<NotificationSettings>;
  /** Replaces `settings.notifications` with what main reports (`sessions:notificationSettings`). */
  setNotificationSettings(notifications: NotificationSettings): void;
  dismissNotice(id: string): Promise<void>;
}

const INITIAL: AppState = {
  status: 'loading',
  bootError: null,
  account: SIGNED_OUT,
  settings: DEFAULT_SETTINGS,
  notices: [],
  info: null,
};

/** Creates the store over a bridge (the real one, or a fake in tests). */
export function createAppStore(bridge: Bridge): AppStore {
  let state = INITIAL;
  const listeners = new Set<() => void>();
  const set = (patch: Partial<AppState>) => {
    state = { ...state, ...patch };
    for (const l of [...listeners]) l();
  };
  const addNotice = (notice: Notice) => {
    if (!state.notices.some((n) => n.id === notice.id)) set({ notices: [...state.notices, notice] });
  };

  // Notification changes sent but not yet answered. Main applies them in order; until each answer
  // arrives, anything main reports (an earlier answer, a settings:changed push) is shown with the
  // pending ones on top, so a quick second click is not undone on screen by the first one's answer.
  let pendingNotify: { patch: NotificationSettingsPatch }[] = [];
  const withPending = (settings: Settings): Settings =>
    pendingNotify.length === 0
      ? settings
      : { ...settings, notifications: pendingNotify.reduce((n, p) => mergeNotificationPatch(n, p.patch), settings.notifications) };

  // Each load gets a generation; stopping or reloading makes older answers stale.
  let generation = 0;
  // Set when an event arrives during a load: the event is newer than that load's answer.
  let fresh = { account: false, settings: false };

  async function load() {
    const gen = ++generation;
    fresh = { account: false, settings: false };
    if (state.status !== 'ready') set({ status: 'loading', bootError: null });
    try {
      const [account, settings, notices, info] = await Promise.all([
        bridge.account.status(),
        bridge.settings.get(),
        bridge.app.notices(),
        bridge.app.info(),
      ]);
      if (gen !== generation) return;
      set({
        status: 'ready',
        bootError: null,
        account: fresh.account ? state.account : account,
        settings: fresh.settings ? state.settings : settings,
        info,
      });
      for (const n of notices) addNotice(n);
    } catch (err) {
      if (gen === generation) set({ status: 'failed', bootError: err instanceof Error ? err.message : String(err) });
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      const offs = [
        bridge.on('account:changed', (account) => {
          fresh.account = true;
          set({ account });
        }),
        bridge.on('settings:changed', (settings) => {
          fresh.settings = true;
          set({ settings: withPending(settings) });
        }),
        bridge.on('app:notice', addNotice),
        bridge.on('app:noticeCleared', (id) => set({ notices: state.notices.filter((n) => n.id !== id) })),
      ];
      void load();
      return () => {
        generation++;
        for (const off of offs) off();
      };
    },
    reload: () => void load(),
    setAccount(account) {
      fresh.account = true;
      set({ account });
    },
    setSettings(settings) {
      fresh.settings = true;
      set({ settings });
    },
    async updateSettings(patch) {
      const before = state.settings;
      set({ settings: { ...before, ...patch } });
      try {
        const saved = await bridge.settings.update(patch);
        set({ settings: saved });
        return saved;
      } catch (err) {
        // Only undo our own optimistic value; a newer change from elsewhere stays.
        if (Object.entries(patch).every(([k, v]) => state.settings[k as keyof Settings] === v)) {
          set({ settings: { ...state.settings, ...pick(before, Object.keys(patch) as (keyof Settings)[]) } });
        }
        throw err;
      }
    },
    async updateNotificationSettings(patch) {
      const entry = { patch };
      pendingNotify = [...pendingNotify, entry];
      const before = state.settings.notifications;
      const optimistic = mergeNotificationPatch(before, patch);
      set({ settings: { ...state.settings, notifications: optimistic } });
      try {
        const saved = await bridge.sessions.setNotificationSettings(patch);
        pendingNotify = pendingNotify.filter((p) => p !== entry);
        set({ settings: withPending({ ...state.settings, notifications: saved }) });
        return saved;
      } catch (err) {
        pendingNotify = pendingNotify.filter((p) => p !== entry);
        // As above: undo only if nothing newer replaced our optimistic value.
        if (state.settings.notifications === optimistic) set({ settings: { ...state.settings, notifications: before } });
        throw err;
      }
    },
    setNotificationSettings(notifications) {
      set({ settings: { ...state.settings, notifications } });
    },
    async dismissNotice(id) {
      const notice = state.notices.find((n) => n.id === id);
      set({ notices: state.notices.filter((n) => n.id !== id) });
      try {
        await bridge.app.dismissNotice(id);
      } catch (err) {
        if (notice) addNotice(notice);
        throw err;
      }
    },
  };
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]])) as Pick<T, K>;
}
