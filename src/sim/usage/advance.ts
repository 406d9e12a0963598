import type { SessionStore } from '../store/sessions';
import type { UsageLedger } from '../store/usage-ledger';
import type { SessionRecord } from '../types';

/** Accrual runs in steps of at least this much sim time (or up to the next script step). */
const ACCRUAL_STEP_MS = 1000;

/**
 * Whether a session accrues ACUs now: running and working (a missing detail counts as working),
 * unless its script sets its ACUs (the demo's scripted figures stay as written).
 */
export function isWorking(s: SessionRecord): boolean {
  return !s.acusScripted && s.status === 'running' && (s.status_detail === 'working' || s.status_detail === null);
}

/**
 * Moves the sessions and their ACUs to `nowMs`, piece by piece: working sessions accrue up to
 * the next script step, the step is applied (and its ACU and PR changes stamped at its time),
 * and so on. So a session scripted to finish after a minute accrues a minute, even when a fake
 * clock jumps an hour at once. Accrual starts at the first call: time before it is never billed.
 */
export function advanceSessionsAndUsage(sessions: SessionStore, usage: UsageLedger, nowMs: number): void {
  let from = Math.min(usage.accruedToMs ?? nowMs, nowMs);
  for (;;) {
    const due = sessions.nextStepDueMs();
    const stop = Math.min(due, nowMs);
    if (stop > from && (stop - from >= ACCRUAL_STEP_MS || due <= nowMs)) {
      for (const s of sessions.all()) {
        if (isWorking(s)) usage.accrue(s, from, stop);
        else usage.observe(s, stop);
      }
      from = stop;
    }
    if (due > nowMs) break;
    sessions.advance(due, (s, atMs) => usage.observe(s, atMs));
  }
  usage.accruedToMs = from;
  // Sessions made since the last call are stamped now, before anything can change their times.
  if (usage.sessionCount() < sessions.count()) for (const s of sessions.all()) if (!usage.knows(s)) usage.observe(s, nowMs);
}
