import { randomUUID } from 'node:crypto';

/** Session IDs are issued with the `devin-` prefix; requests may omit it. */
export const SESSION_PREFIX = 'devin-';

/** `abc` and `devin-abc` both → `devin-abc`. */
export function normaliseSessionId(id: string): string {
  return id.startsWith(SESSION_PREFIX) ? id : `${SESSION_PREFIX}${id}`;
}

/** 32 random hex digits (the shape of real Devin session IDs after the prefix). */
export function randomHex32(): string {
  return randomUUID().replaceAll('-', '');
}

/** A new ID with a kind prefix, e.g. `note-…`, `playbook-…`, `sched-…`, `event-…`. */
export function newId(prefix: string): string {
  return `${prefix}-${randomHex32()}`;
}

/** A new session ID, `devin-` + 32 hex. */
export function newSessionId(): string {
  return `${SESSION_PREFIX}${randomHex32()}`;
}
