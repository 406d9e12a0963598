/** The DOM event a playbook's "Start a session" sends until the shell has a session composer. */
export const COMPOSE_EVENT = 'devin-tray:compose';

export interface ComposeRequest {
  playbookId: string;
}

/**
 * Asks the app to open the session composer prefilled with a playbook. The shell (or the
 * sessions feature) listens on window for `devin-tray:compose` with `detail: {playbookId}`.
 */
export function requestCompose(request: ComposeRequest): void {
  window.dispatchEvent(new CustomEvent<ComposeRequest>(COMPOSE_EVENT, { detail: request }));
}
