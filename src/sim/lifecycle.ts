import type { PendingStep, PullRequest, ScriptStep, SessionRecord } from './types';

/**
 * Scripted lifecycles. Nothing runs on a timer: before each request the store applies every
 * step whose time has come (`now() >= created + atMs`), so an injected fake clock drives it.
 */

/** What a session created through the public POST does: new → (1 s) running/working + "On it". */
export const DEFAULT_CREATE_SCRIPT: readonly ScriptStep[] = [
  { atMs: 1000, status: 'running', status_detail: 'working', message: { source: 'devin', message: 'On it' } },
];

/** A message to a suspended session: resuming now, running/working this long after. */
export const RESUME_DELAY_MS = 1000;

/** Script steps (relative to creation) → pending steps (absolute), sorted by time, stable. */
export function toPending(createdMs: number, script: readonly ScriptStep[]): PendingStep[] {
  return script
    .map((step, i) => ({ dueMs: createdMs + step.atMs, step, i }))
    .sort((a, b) => a.dueMs - b.dueMs || a.i - b.i)
    .map(({ dueMs, step }) => ({ dueMs, step }));
}

/** Inserts a pending step after any other step due at the same time. */
export function insertPending(pending: PendingStep[], p: PendingStep): void {
  let i = pending.length;
  while (i > 0 && (pending[i - 1] as PendingStep).dueMs > p.dueMs) i--;
  pending.splice(i, 0, p);
}

/**
 * Applies a step's status, PR and ACU effects to the record (messages and `updated_at` are the
 * store's job). A status without a status_detail clears the detail: details belong to a status.
 */
export function applyStepFields(s: SessionRecord, step: ScriptStep): void {
  if (step.status !== undefined) {
    s.status = step.status;
    s.status_detail = step.status_detail ?? null;
  } else if (step.status_detail !== undefined) {
    s.status_detail = step.status_detail;
  }
  if (step.pullRequest) upsertPullRequest(s.pull_requests, step.pullRequest);
  if (step.acus !== undefined) s.acus_consumed = step.acus;
}

/** Adds a PR or updates the state of the one with the same URL. */
export function upsertPullRequest(list: PullRequest[], pr: PullRequest): void {
  const existing = list.find((p) => p.pr_url === pr.pr_url);
  if (existing) existing.pr_state = pr.pr_state;
  else list.push({ pr_url: pr.pr_url, pr_state: pr.pr_state });
}

/** Whether a session accepts messages: not after termination, not once archived. */
export function messageRefusal(s: SessionRecord): string | null {
  if (s.is_archived) return 'Session is archived; archived sessions cannot be modified or resumed';
  if (s.status === 'exit') return 'Session has been terminated and cannot be resumed';
  return null;
}
