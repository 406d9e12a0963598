import type { UpdateErrorCode, UpdateOffReason, UpdateStatus, UpdateView } from '../../shared/update/update-view';

/**
 * Self-updating as a pure state machine: what happened (start, a check's answer, download
 * progress, a failure, the setting) → the next state, when to check next, and what the Settings
 * section and the tray say. The service (update-service.ts) runs the timers and the driver
 * (electron-updater in the app); nothing here does I/O.
 */

/** A check shortly after start (not during it: the window and the first poll come first), then daily. */
export const FIRST_CHECK_DELAY_MS = 10_000;
export const CHECK_INTERVAL_MS = 24 * 3600_000;
/** After a failure: 5 min, 10, 20, … doubling, never later than the daily check. */
export const RETRY_BASE_MS = 5 * 60_000;

/** Where the updater is; "off" is not a phase but `UpdateState.off` (a downloaded update stays ready when turned off). */
export type Phase = Exclude<UpdateStatus, { kind: 'off' }>;

export interface UpdateState {
  /** Null while updates can run; otherwise why not (checked in this order: setting, demo, unpackaged, unsupported). */
  off: UpdateOffReason | null;
  phase: Phase;
  lastCheckedAt: number | null;
  /** Consecutive failed checks or downloads, for the backoff. */
  failures: number;
  nextCheckAt: number | null;
}

export type UpdateEvent =
  | { type: 'started'; now: number; off: UpdateOffReason | null }
  | { type: 'availabilityChanged'; now: number; off: UpdateOffReason | null }
  | { type: 'checkStarted' }
  | { type: 'upToDate'; now: number }
  | { type: 'found'; now: number; version: string }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'failed'; now: number; error: UpdateErrorCode };

export const INITIAL_UPDATE_STATE: UpdateState = { off: 'unpackaged', phase: { kind: 'idle' }, lastCheckedAt: null, failures: 0, nextCheckAt: null };

/** Delay before the next try after `failures` consecutive failures (≥ 1). */
export function retryDelay(failures: number): number {
  return Math.min(CHECK_INTERVAL_MS, RETRY_BASE_MS * 2 ** Math.max(0, Math.min(failures - 1, 16)));
}

export function reduceUpdate(state: UpdateState, event: UpdateEvent): UpdateState {
  switch (event.type) {
    case 'started':
      return {
        ...INITIAL_UPDATE_STATE,
        off: event.off,
        nextCheckAt: event.off ? null : event.now + FIRST_CHECK_DELAY_MS,
      };
    case 'availabilityChanged': {
      if (event.off === state.off) return state;
      // Turned off: a download already finished stays ready (it installs at quit); anything else stops.
      if (event.off) return { ...state, off: event.off, nextCheckAt: null, phase: state.phase.kind === 'ready' ? state.phase : { kind: 'idle' } };
      if (state.phase.kind === 'ready') return { ...state, off: null };
      // Turned back on: check soon, unless a recent check already answered.
      const due = state.lastCheckedAt === null ? event.now + FIRST_CHECK_DELAY_MS : Math.max(event.now + FIRST_CHECK_DELAY_MS, state.lastCheckedAt + CHECK_INTERVAL_MS);
      return { ...state, off: null, phase: { kind: 'idle' }, failures: 0, nextCheckAt: due };
    }
    case 'checkStarted':
      if (state.off || state.phase.kind === 'downloading' || state.phase.kind === 'ready') return state;
      return { ...state, phase: { kind: 'checking' }, nextCheckAt: null };
    case 'upToDate':
      if (state.phase.kind !== 'checking') return state;
      return { ...state, phase: { kind: 'idle' }, lastCheckedAt: event.now, failures: 0, nextCheckAt: state.off ? null : event.now + CHECK_INTERVAL_MS };
    case 'found':
      if (state.phase.kind !== 'checking') return state;
      return { ...state, phase: { kind: 'downloading', version: event.version, percent: null }, lastCheckedAt: event.now, nextCheckAt: null };
    case 'progress': {
      if (state.phase.kind !== 'downloading') return state;
      const percent = Math.max(0, Math.min(100, Math.round(event.percent)));
      if (percent === state.phase.percent) return state;
      return { ...state, phase: { ...state.phase, percent } };
    }
    case 'downloaded':
      if (state.phase.kind !== 'downloading') return state;
      // Nothing more to check until the user restarts: the next start checks again.
      return { ...state, phase: { kind: 'ready', version: event.version }, failures: 0, nextCheckAt: null };
    case 'failed': {
      if (state.phase.kind !== 'checking' && state.phase.kind !== 'downloading') return state;
      const failures = state.failures + 1;
      return { ...state, phase: { kind: 'failed', error: event.error }, failures, nextCheckAt: state.off ? null : event.now + retryDelay(failures) };
    }
  }
}

/** Whether an automatic check is due now. */
export function checkDue(state: UpdateState, now: number): boolean {
  return state.off === null && state.nextCheckAt !== null && now >= state.nextCheckAt && (state.phase.kind === 'idle' || state.phase.kind === 'failed');
}

/** Whether "Check now" may start a check (not while one runs, a download is under way or one is ready). */
export function canCheckNow(state: UpdateState): boolean {
  return state.off === null && (state.phase.kind === 'idle' || state.phase.kind === 'failed');
}

function statusOf(state: UpdateState): UpdateStatus {
  // A downloaded update is offered even when updates were turned off since: it is on disk already.
  if (state.phase.kind === 'ready') return state.phase;
  if (state.off) return { kind: 'off', reason: state.off };
  return state.phase;
}

/** What the Settings section shows. */
export function updateView(state: UpdateState, currentVersion: string): UpdateView {
  return { status: statusOf(state), currentVersion, lastCheckedAt: state.lastCheckedAt, nextCheckAt: state.nextCheckAt, canCheck: canCheckNow(state) };
}

/** The tray offers "Restart to update" only with an update downloaded and ready. */
export function trayUpdateOffer(state: UpdateState): { version: string } | null {
  return state.phase.kind === 'ready' ? { version: state.phase.version } : null;
}
