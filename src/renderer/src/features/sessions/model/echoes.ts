import type { SessionMessage } from '../../../../../shared/domain/session-message';

/** Prefix of the ids of local echoes (a sent reply shown before main reports it). */
export const ECHO_PREFIX = 'local-echo-';

/** Slack for clocks: the API's stamp of a reply may be this much earlier than the local one. */
const SKEW_S = 120;

/** A reply just sent, as a message to show at once. */
export function makeEcho(n: number, text: string, nowMs: number): SessionMessage {
  return { event_id: `${ECHO_PREFIX}${n}`, source: 'user', message: text, created_at: Math.floor(nowMs / 1000) };
}

export function isEcho(m: SessionMessage): boolean {
  return m.event_id.startsWith(ECHO_PREFIX);
}

/**
 * The conversation to show (pure): the real messages, then the echoes no real message confirms
 * yet. A user message with the same text, stamped no earlier than the echo (less clock skew),
 * confirms one echo; each real message confirms at most one.
 */
export function withEchoes(messages: readonly SessionMessage[], echoes: readonly SessionMessage[]): readonly SessionMessage[] {
  if (echoes.length === 0) return messages;
  const used = new Set<string>();
  const open = echoes.filter((e) => {
    const match = messages.find(
      (m) => !used.has(m.event_id) && m.source === 'user' && m.message.trim() === e.message.trim() && m.created_at >= e.created_at - SKEW_S,
    );
    if (match) used.add(match.event_id);
    return !match;
  });
  return open.length === 0 ? messages : [...messages, ...open];
}
