import { handoffError } from './handoff-error';
import { unresolvedFindings } from './resolutions';
import type { ComposedHandoff, HandoffRequest } from './types';

/**
 * The one thing the handoff needs from the Devin API client (src/main/api's DevinClient has it:
 * `createDevinClient({ baseUrl, apiKey, orgId }).sessions`).
 */
export interface DevinClientLike {
  sessions: {
    create(body: HandoffRequest, opts?: { signal?: AbortSignal }): Promise<{ session_id: string; url: string }>;
  };
}

export interface SentHandoff {
  session_id: string;
  url: string;
}

/**
 * Creates the Devin session with exactly the composed request (what the preview showed).
 * Refuses with SECRETS_FOUND if any finding is unresolved, SESSION_SECRETS_INVALID while a session
 * secret's name is not usable (or its value is over the limit). Sends ONCE: creating a session is not
 * idempotent, so this never retries (the API client does not retry creates either; when an error
 * leaves it unknown whether the session exists, its error says `details.maybeCreated`).
 */
export async function sendHandoff(
  client: DevinClientLike,
  composed: Pick<ComposedHandoff, 'request' | 'findings' | 'resolutions' | 'unresolved'> & Partial<Pick<ComposedHandoff, 'sessionSecrets'>>,
  opts: { signal?: AbortSignal } = {},
): Promise<SentHandoff> {
  const unresolved = [...composed.unresolved, ...unresolvedFindings(composed.findings, composed.resolutions)];
  if (unresolved.length > 0) {
    throw handoffError('SECRETS_FOUND', { count: new Set(unresolved.map((f) => f.id)).size }, { findings: unresolved.map((f) => f.id) });
  }
  const badSecrets = (composed.sessionSecrets ?? []).filter((s) => s.problem !== null);
  if (badSecrets.length > 0) {
    throw handoffError('SESSION_SECRETS_INVALID', { count: badSecrets.length }, { secrets: badSecrets.map((s) => ({ key: s.key, problem: s.problem })) });
  }
  const created = await client.sessions.create(composed.request, opts.signal ? { signal: opts.signal } : {});
  return { session_id: created.session_id, url: created.url };
}
