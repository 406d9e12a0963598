import { translate, type Locale, type MessageKey } from '../i18n';
import { formatUsageAcus } from '../usage/format-usage';
import type { SessionView } from './session-view';
import { syncProblemOf, type SyncProblem } from './sync-problem';
import type { TrackerStatus } from './tracker-status';

export type TrayIconState = 'signed-out' | 'idle' | 'running' | 'needs-attention' | 'error' | 'offline' | 'demo';

export interface TrayStateInput {
  signedIn: boolean;
  demo: boolean;
  online: boolean;
  trackerStatus: TrackerStatus;
  /** The sessions in the tray's scope, already picked by `attentionScope` (see trayView, the one caller). */
  sessions: readonly SessionView[];
  locale: Locale;
  /** Signed out because Devin rejected the key (a 401): the tooltip says so, not just "not signed in". */
  keyRejected?: boolean;
  /** Notifications are paused (do-not-disturb): said in the tooltip. */
  dndActive?: boolean;
  /** Today's ACUs (usage feature), said in the tooltip when known. */
  todayAcus?: number | null;
}

export interface TrayState {
  state: TrayIconState;
  attentionCount: number;
  runningCount: number;
  tooltip: string;
}

/** A failing poll in the tooltip: Devin down (503) is not the network, nor the key (401). */
const ERROR_TOOLTIP: Record<SyncProblem, MessageKey> = {
  unavailable: 'sessions.tray.unavailable',
  unreachable: 'sessions.tray.error',
  server: 'sessions.tray.serverError',
  auth: 'sessions.tray.authLost',
  other: 'sessions.tray.syncError',
};

/**
 * The tray icon's state, counts and tooltip (pure); trayView gives it the scoped sessions. Precedence: signed out, demo, offline,
 * error (key rejected, or polling failing), needs attention, running, idle. Being rate limited
 * is not an error (polling continues by itself); the tooltip says so.
 */
export function trayState(input: TrayStateInput): TrayState {
  const { locale, trackerStatus: ts } = input;
  const counted = input.sessions.filter((s) => s.group !== 'archived');
  const attentionCount = counted.filter((s) => s.attention).length;
  const runningCount = counted.filter((s) => s.group === 'running').length;

  let state: TrayIconState;
  let tooltip: string;
  if (!input.signedIn) {
    state = 'signed-out';
    tooltip = translate(locale, input.keyRejected ? 'sessions.tray.authLost' : 'sessions.tray.signedOut');
  } else if (input.demo) {
    state = 'demo';
    tooltip = translate(locale, 'sessions.tray.demo');
  } else if (!input.online || (ts.kind === 'paused' && ts.reason === 'offline')) {
    state = 'offline';
    tooltip = translate(locale, 'sessions.tray.offline');
  } else if (ts.kind === 'auth_lost') {
    state = 'error';
    tooltip = translate(locale, 'sessions.tray.authLost');
  } else if (ts.kind === 'error') {
    state = 'error';
    tooltip = translate(locale, ERROR_TOOLTIP[syncProblemOf(ts) ?? 'other'], { seconds: ts.retryInS });
  } else if (attentionCount > 0) {
    state = 'needs-attention';
    tooltip = translate(locale, 'sessions.tray.attention', { count: attentionCount });
  } else if (runningCount > 0) {
    state = 'running';
    tooltip = translate(locale, 'sessions.tray.running', { count: runningCount });
  } else {
    state = 'idle';
    tooltip = translate(locale, 'sessions.tray.idle');
  }
  if (input.signedIn && ts.kind === 'rate_limited') tooltip += translate(locale, 'sessions.tray.rateLimitedSuffix', { seconds: ts.retryInS });
  if (input.signedIn && input.dndActive) tooltip += translate(locale, 'sessions.tray.pausedSuffix');
  if (input.signedIn && !input.demo && typeof input.todayAcus === 'number') {
    tooltip += translate(locale, 'usage.tray.todaySuffix', { acus: formatUsageAcus(input.todayAcus, locale) });
  }
  return { state, attentionCount, runningCount, tooltip };
}
