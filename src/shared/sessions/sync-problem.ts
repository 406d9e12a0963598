import type { TrackerStatus } from './tracker-status';

/**
 * Why syncing with Devin fails, as the user needs to tell it apart (pure): Devin says it is down
 * (503: unavailable or under maintenance, nothing to fix here), the network does not get there
 * (proxy, VPN, Wi-Fi), Devin answers with another server error, the key was rejected (401), or
 * something else (a malformed answer). Null while syncing works (a rate limit is not a failure).
 */
export type SyncProblem = 'unavailable' | 'unreachable' | 'server' | 'auth' | 'other';

export function syncProblemOf(status: TrackerStatus): SyncProblem | null {
  if (status.kind === 'auth_lost') return 'auth';
  if (status.kind !== 'error') return null;
  if (status.code === 'NETWORK' || status.code === 'TIMEOUT') return 'unreachable';
  if (status.code === 'SERVER') return status.status === 503 ? 'unavailable' : 'server';
  return 'other';
}
