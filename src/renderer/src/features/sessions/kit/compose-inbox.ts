import { hashForSession } from '../model/session-route';

/**
 * "Start a session from this playbook": other screens dispatch a DOM CustomEvent
 * `devin-tray:compose` with `{ playbookId }`. They are mounted while the Sessions screen is not,
 * so the event is caught here, at app level, kept until the screen takes it, and the window
 * switches to Sessions. One pending request at most: the latest wins.
 */
export const COMPOSE_EVENT = 'devin-tray:compose';

export interface ComposeRequest {
  playbookId: string | null;
}

let pending: ComposeRequest | null = null;
const listeners = new Set<() => void>();
let installed = false;

/** Asks for the composer (what the playbooks screen does); usable from any screen. */
export function requestCompose(playbookId: string | null = null): void {
  window.dispatchEvent(new CustomEvent(COMPOSE_EVENT, { detail: { playbookId } }));
}

/** Starts catching compose events (idempotent). Called once when the Sessions feature loads. */
export function installComposeInbox(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  window.addEventListener(COMPOSE_EVENT, (e) => {
    const detail = (e as CustomEvent<unknown>).detail as { playbookId?: unknown } | null | undefined;
    const playbookId = typeof detail?.playbookId === 'string' && detail.playbookId ? detail.playbookId : null;
    pending = { playbookId };
    if (!window.location.hash.startsWith(hashForSession(null))) window.location.hash = hashForSession(null);
    for (const l of [...listeners]) l();
  });
}

/** Takes (and clears) the pending request, if any. */
export function takeComposeRequest(): ComposeRequest | null {
  const r = pending;
  pending = null;
  return r;
}

/** Called whenever a request arrives; returns the unsubscribe function. */
export function onComposeRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
