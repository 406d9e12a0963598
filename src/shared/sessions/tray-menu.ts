import { translate, type Locale } from '../i18n';
import { isDndActive } from './notification-settings';
import { formatDateTime } from '../intl/date-time';
import { sessionSubject } from './notification-policy';
import { stateKey } from './session-state';
import { compareViews, type SessionView } from './session-view';

/** What clicking a tray menu item asks the app to do. */
export type TrayAction =
  | { type: 'openSession'; sessionId: string }
  | { type: 'newSession' }
  | { type: 'handoff' }
  | { type: 'openWindow' }
  | { type: 'pauseNotifications'; minutes: number }
  | { type: 'resumeNotifications' }
  | { type: 'settings' }
  | { type: 'restartToUpdate' }
  | { type: 'quit' };

/** The tray menu as data; the Electron glue maps it onto Menu.buildFromTemplate. */
export type TrayMenuItem =
  | { kind: 'header'; label: string }
  | { kind: 'separator' }
  | { kind: 'item'; label: string; action: TrayAction; enabled: boolean; attention?: boolean }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] };

export interface TrayMenuInput {
  signedIn: boolean;
  /** The sessions in the tray's scope, already picked by `attentionScope` (see trayView, the one caller). */
  sessions: readonly SessionView[];
  /** Said when nothing is listed: "No watched sessions" rather than "No sessions yet" when others exist. */
  scope?: 'watched' | 'all';
  anyOutsideScope?: boolean;
  locale: Locale;
  dndUntil: number | null;
  nowMs: number;
  /** For the "paused until 14:30" label; the system zone when omitted. */
  timeZone?: string;
  /** A downloaded update: "Restart to update (1.4.0)" heads the menu. */
  update?: { version: string } | null;
}

/** Recent sessions listed (besides those needing attention, which are all listed up to a cap). */
export const RECENT_IN_MENU = 5;
const MAX_ATTENTION_IN_MENU = 10;
const PAUSE_CHOICES = [
  { minutes: 60, key: 'sessions.menu.pauseFor1h' },
  { minutes: 240, key: 'sessions.menu.pauseFor4h' },
  { minutes: 1440, key: 'sessions.menu.pauseFor24h' },
] as const;

/**
 * The tray menu (pure; trayView gives it the scoped sessions): "Restart to update" when an update
 * is ready, sessions needing attention (ten, then "N more…"), the five most recent others, then New session…, Hand off a folder…, Open window, Pause/Resume
 * notifications, Settings…, Quit.
 */
export function trayMenuModel(input: TrayMenuInput): TrayMenuItem[] {
  const { locale } = input;
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const items: TrayMenuItem[] = [];

  if (input.update) {
    items.push({ kind: 'item', label: t('update.menu.restart', { version: input.update.version }), action: { type: 'restartToUpdate' }, enabled: true }, { kind: 'separator' });
  }

  if (input.signedIn) {
    const live = [...input.sessions].filter((s) => s.group !== 'archived').sort(compareViews);
    const waiting = live.filter((s) => s.attention);
    const attention = waiting.slice(0, MAX_ATTENTION_IN_MENU);
    // Waiting sessions past the cap are behind "N more", not under "Recent" with a bullet.
    const recent = live.filter((s) => !s.attention).slice(0, RECENT_IN_MENU);
    if (attention.length > 0) {
      // The header carries the same figure as the badge and the tooltip, even past the cap.
      items.push({ kind: 'header', label: t('sessions.menu.attentionHeaderCount', { count: waiting.length }) }, ...attention.map((s) => sessionItem(s, locale)));
      if (waiting.length > attention.length) {
        items.push({ kind: 'item', label: t('sessions.menu.attentionMore', { count: waiting.length - attention.length }), action: { type: 'openWindow' }, enabled: true });
      }
    }
    if (recent.length > 0) {
      items.push({ kind: 'header', label: t('sessions.menu.recentHeader') }, ...recent.map((s) => sessionItem(s, locale)));
    }
    if (attention.length === 0 && recent.length === 0) {
      const key = input.scope === 'watched' && input.anyOutsideScope ? 'sessions.menu.noWatched' : 'sessions.menu.noSessions';
      items.push({ kind: 'item', label: t(key), action: { type: 'openWindow' }, enabled: false });
    }
    items.push({ kind: 'separator' });
  }

  items.push(
    { kind: 'item', label: t('sessions.menu.newSession'), action: { type: 'newSession' }, enabled: input.signedIn },
    { kind: 'item', label: t('sessions.menu.handoff'), action: { type: 'handoff' }, enabled: input.signedIn },
    { kind: 'separator' },
    { kind: 'item', label: t('sessions.menu.openWindow'), action: { type: 'openWindow' }, enabled: true },
  );
  if (isDndActive({ dndUntil: input.dndUntil }, input.nowMs)) {
    const time = formatUntil(input.dndUntil as number, input.nowMs, locale, input.timeZone);
    items.push({ kind: 'item', label: t('sessions.menu.resumeNotifications', { time }), action: { type: 'resumeNotifications' }, enabled: true });
  } else {
    items.push({
      kind: 'submenu',
      label: t('sessions.menu.pauseNotifications'),
      items: PAUSE_CHOICES.map((c) => ({ kind: 'item', label: t(c.key), action: { type: 'pauseNotifications', minutes: c.minutes }, enabled: true })),
    });
  }
  items.push(
    { kind: 'item', label: t('sessions.menu.settings'), action: { type: 'settings' }, enabled: true },
    { kind: 'separator' },
    { kind: 'item', label: t('sessions.menu.quit'), action: { type: 'quit' }, enabled: true },
  );
  return items;
}

const MAX_LABEL_TITLE = 48;

function sessionItem(s: SessionView, locale: Locale): TrayMenuItem {
  let title = sessionSubject(s, locale);
  if (title.length > MAX_LABEL_TITLE) title = `${title.slice(0, MAX_LABEL_TITLE - 1)}…`;
  const state = translate(locale, stateKey({ status: s.status, status_detail: s.statusDetail, is_archived: false }));
  return {
    kind: 'item',
    label: translate(locale, 'sessions.menu.sessionLabel', { title, state }),
    action: { type: 'openSession', sessionId: s.id },
    enabled: true,
    attention: s.attention,
  };
}

/** "14:30" within a day, else the date too. */
function formatUntil(untilMs: number, nowMs: number, locale: Locale, timeZone: string | undefined): string {
  const withinDay = untilMs - nowMs < 24 * 3600_000;
  return formatDateTime(untilMs, locale, withinDay ? 'time' : 'dayTime', { timeZone });
}
