import type { SessionsApi } from '../api/sessions';

/**
 * The slice of the Devin client the tracker uses. Give the tracker a client made with
 * `retry: { maxRetries: 0 }`: its next poll is the retry, with backoff it can show the user
 * ("rate limited, retrying in 20 s"), instead of the client sleeping inside a poll.
 */
export type SessionsPort = Pick<SessionsApi, 'list' | 'get' | 'messages' | 'sendMessage' | 'archive' | 'terminate' | 'create'>;
