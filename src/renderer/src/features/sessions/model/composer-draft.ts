import type { SessionCreateRequest } from '../../../../../shared/domain/session';
import { acuInputText, parseAcuInput } from '../../../../../shared/usage/acu-input';

/** A knowledge note picked for the session (the name is kept for its chip). */
export interface KnowledgePick {
  id: string;
  name: string;
}

/** What the composer holds while the user types. */
export interface ComposerDraft {
  prompt: string;
  title: string;
  tags: string[];
  playbookId: string | null;
  knowledge: KnowledgePick[];
  repos: string[];
  /** `max_acu_limit` as typed (empty: the org's default); starts at Settings' default. */
  maxAcuLimit: string;
}

/** Field → problem; the keys name what the composer shows under each field. */
export interface DraftProblems {
  prompt?: 'required';
  maxAcuLimit?: 'invalid';
}

export function emptyDraft(playbookId: string | null = null, maxAcuLimit: number | null = null): ComposerDraft {
  return { prompt: '', title: '', tags: [], playbookId, knowledge: [], repos: [], maxAcuLimit: acuInputText(maxAcuLimit) };
}

/** Problems that block sending (pure); repos and tags are validated as they are added. */
export function validateDraft(d: ComposerDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (d.prompt.trim() === '') problems.prompt = 'required';
  if (!parseAcuInput(d.maxAcuLimit, { whole: true }).ok) problems.maxAcuLimit = 'invalid';
  return problems;
}

/** The `sessions:create` body: only what was filled in (pure). */
export function toCreateRequest(d: ComposerDraft): SessionCreateRequest {
  const body: SessionCreateRequest = { prompt: d.prompt.trim() };
  const title = d.title.trim();
  if (title) body.title = title;
  if (d.tags.length > 0) body.tags = [...d.tags];
  if (d.playbookId) body.playbook_id = d.playbookId;
  if (d.knowledge.length > 0) body.knowledge_ids = d.knowledge.map((k) => k.id);
  if (d.repos.length > 0) body.repos = [...d.repos];
  const limit = parseAcuInput(d.maxAcuLimit, { whole: true });
  if (limit.ok && limit.value !== null) body.max_acu_limit = limit.value;
  return body;
}

/** A tag as typed: trimmed, inner whitespace kept (tags are free text), at most 200 characters. */
export function normalizeTag(raw: string): string | null {
  const t = raw.trim();
  if (!t || t.length > 200) return null;
  return t;
}
