import type { HandoffCompositionView } from '../../../../../shared/ipc/channels/handoff';
import { knowledgeIncomplete, orgSecretsIncomplete, type HandoffDraft } from './draft';

/** Whether Send may be pressed, and if not, the one reason to show. */
export type SendGate =
  | { ok: true; token: string }
  | { ok: false; reason: 'updating' | 'sending' | 'task' | 'findings' | 'noPreview' | 'knowledge' | 'orgSecrets' | 'secrets'; count?: number };

/**
 * Send is allowed only for a composition that is current (no re-compose pending), unblocked,
 * and has a token; never while a send is in flight. Pure.
 */
export function sendGate(s: {
  composition: HandoffCompositionView | null;
  composing: boolean;
  sending: boolean;
  draft?: Pick<HandoffDraft, 'knowledgeMode' | 'knowledge'> & Partial<Pick<HandoffDraft, 'secretsMode' | 'secrets'>>;
}): SendGate {
  if (s.sending) return { ok: false, reason: 'sending' };
  if (s.composing) return { ok: false, reason: 'updating' };
  const c = s.composition;
  if (!c) return { ok: false, reason: 'noPreview' };
  if (c.blockers.includes('task')) return { ok: false, reason: 'task' };
  if (c.blockers.includes('findings')) return { ok: false, reason: 'findings', count: c.unresolved.length };
  if (c.blockers.includes('secrets')) return { ok: false, reason: 'secrets', count: c.sessionSecrets.filter((x) => x.problem !== null).length };
  if (s.draft && knowledgeIncomplete(s.draft)) return { ok: false, reason: 'knowledge' };
  if (s.draft?.secretsMode && orgSecretsIncomplete({ secretsMode: s.draft.secretsMode, secrets: s.draft.secrets ?? [] })) return { ok: false, reason: 'orgSecrets' };
  if (!c.token) return { ok: false, reason: 'noPreview' };
  return { ok: true, token: c.token };
}
