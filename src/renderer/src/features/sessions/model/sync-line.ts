import type { MessageKey, TParams } from '../../../../../shared/i18n';
import { syncProblemOf, type SyncProblem } from '../../../../../shared/sessions/sync-problem';
import type { TrackerStatus } from '../../../../../shared/sessions/tracker-status';

/** The "synced N s ago" line over the list (or what stops it), as a message to translate. */
export interface SyncLine {
  tone: 'ok' | 'busy' | 'paused' | 'error';
  key: MessageKey;
  params: TParams;
}

const PROBLEM_KEYS: Record<SyncProblem, MessageKey> = {
  unavailable: 'ui.sessions.sync.unavailable',
  unreachable: 'ui.sessions.sync.unreachable',
  server: 'ui.sessions.sync.serverError',
  auth: 'ui.sessions.sync.authLost',
  other: 'ui.sessions.sync.failed',
};

/**
 * What the sync line says (pure): "Syncing…" while a refresh runs or before the first sync,
 * the failure while syncing fails (503 ≠ network ≠ 401, as in the tray), offline or asleep,
 * else how long ago the last sync was. A rate limit is not a failure: the last sync still counts.
 */
export function syncLine(status: TrackerStatus | null, nowMs: number, refreshing: boolean): SyncLine | null {
  if (!status || status.kind === 'stopped') return null;
  const problem = syncProblemOf(status);
  if (problem) return { tone: 'error', key: PROBLEM_KEYS[problem], params: {} };
  if (refreshing || status.kind === 'starting') return { tone: 'busy', key: 'ui.sessions.sync.syncing', params: {} };
  if (status.kind === 'paused') return { tone: 'paused', key: status.reason === 'offline' ? 'ui.sessions.sync.offline' : 'ui.sessions.sync.asleep', params: {} };
  if (status.lastSyncMs === null) return { tone: 'busy', key: 'ui.sessions.sync.syncing', params: {} };
  return { tone: 'ok', ...agoMessage(nowMs - status.lastSyncMs) };
}

function agoMessage(ms: number): Pick<SyncLine, 'key' | 'params'> {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 5) return { key: 'ui.sessions.sync.justNow', params: {} };
  if (seconds < 60) return { key: 'ui.sessions.sync.secondsAgo', params: { seconds } };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { key: 'ui.sessions.sync.minutesAgo', params: { minutes } };
  return { key: 'ui.sessions.sync.hoursAgo', params: { hours: Math.floor(minutes / 60) } };
}
