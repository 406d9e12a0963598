import type { Locale } from '../i18n';
import type { SessionView } from './session-view';
import type { TrackerStatus } from './tracker-status';
import { trayMenuModel, type TrayMenuItem } from './tray-menu';
import { trayState, type TrayIconState } from './tray-state';

/** Which sessions the tray speaks of: `watched` ones only (the default), or `all` (the notification scope). */
export type AttentionScope = 'watched' | 'all';

/**
 * The sessions in the tray's scope (pure): not archived and, in the `watched` scope, watched.
 * A badge counting every teammate's waiting session would never go away in a large org.
 */
export function attentionScope(sessions: readonly SessionView[], scope: AttentionScope): SessionView[] {
  return sessions.filter((s) => s.group !== 'archived' && (scope === 'all' || s.watched));
}

export interface TrayViewInput {
  signedIn: boolean;
  /** Signed out because Devin rejected the key (401), until the next sign-in. */
  keyRejected?: boolean;
  demo: boolean;
  online: boolean;
  trackerStatus: TrackerStatus;
  /** Every known session; the scope picks those that count. */
  sessions: readonly SessionView[];
  scope: AttentionScope;
  locale: Locale;
  dndUntil: number | null;
  /** Notifications are paused right now (said in the tooltip). */
  dndActive: boolean;
  nowMs: number;
  timeZone?: string;
  todayAcus?: number | null;
  update?: { version: string } | null;
}

/** Everything the tray shows, from one scoped list: they cannot disagree. */
export interface TrayView {
  icon: TrayIconState;
  /** Sessions needing the user in scope: the macOS title / app badge, the tooltip's and the menu header's figure. */
  badgeCount: number;
  runningCount: number;
  tooltip: string;
  menu: TrayMenuItem[];
}

/**
 * The tray's icon, badge, tooltip and menu (pure). The scope is applied once, here; the icon
 * state and the menu are built from that same list, so "idle" never sits over a menu full of
 * sessions "needing your attention".
 */
export function trayView(input: TrayViewInput): TrayView {
  const scoped = input.signedIn ? attentionScope(input.sessions, input.scope) : [];
  const state = trayState({
    signedIn: input.signedIn,
    keyRejected: input.keyRejected === true,
    demo: input.demo,
    online: input.online,
    trackerStatus: input.trackerStatus,
    sessions: scoped,
    locale: input.locale,
    dndActive: input.dndActive,
    todayAcus: input.todayAcus ?? null,
  });
  const menu = trayMenuModel({
    signedIn: input.signedIn,
    sessions: scoped,
    scope: input.scope,
    anyOutsideScope: input.signedIn && scoped.length < input.sessions.filter((s) => s.group !== 'archived').length,
    locale: input.locale,
    dndUntil: input.dndUntil,
    nowMs: input.nowMs,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    update: input.update ?? null,
  });
  return {
    icon: state.state,
    badgeCount: state.attentionCount,
    runningCount: state.runningCount,
    tooltip: state.tooltip,
    menu,
  };
}
