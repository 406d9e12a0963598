import type { IdChoice } from '../../../../../shared/domain/id-choice';
import { idChoiceToField } from '../../../../../shared/domain/id-choice-field';
import type { DevinMode, SessionCreateRequest } from '../../../../../shared/domain/session';
import { acuInputText, parseAcuInput } from '../../../../../shared/usage/acu-input';

/** A knowledge note picked for the session (the name is kept for its chip). */
export interface KnowledgePick {
  id: string;
  name: string;
}

/** The composer's three knowledge choices: null / the picked ids / [] on the wire. */
export type KnowledgeMode = IdChoice['kind'];

/** What the composer holds while the user types. */
export interface ComposerDraft {
  prompt: string;
  title: string;
  tags: string[];
  playbookId: string | null;
  /** "all" (the default), "only" the picked notes, or "none". */
  knowledgeMode: KnowledgeMode;
  /** The notes picked for "only" (kept while another mode is chosen, so switching back loses nothing). */
  knowledge: KnowledgePick[];
  repos: string[];
  /** null: the org's default mode (the field is left out). */
  devinMode: DevinMode | null;
  childPlaybookId: string | null;
  /** `max_acu_limit` as typed (empty: the org's default); starts at Settings' default. */
  maxAcuLimit: string;
}

/** Field → problem; the keys name what the composer shows under each field. */
export interface DraftProblems {
  prompt?: 'required';
  /** "Only these notes" with none picked: it would silently mean "no knowledge". */
  knowledge?: 'pickOne';
  maxAcuLimit?: 'invalid';
}

export function emptyDraft(playbookId: string | null = null, maxAcuLimit: number | null = null): ComposerDraft {
  return {
    prompt: '',
    title: '',
    tags: [],
    playbookId,
    knowledgeMode: 'all',
    knowledge: [],
    repos: [],
    devinMode: null,
    childPlaybookId: null,
    maxAcuLimit: acuInputText(maxAcuLimit),
  };
}

/** Problems that block sending (pure); repos and tags are validated as they are added. */
export function validateDraft(d: ComposerDraft): DraftProblems {
  const problems: DraftProblems = {};
  if (d.prompt.trim() === '') problems.prompt = 'required';
  if (d.knowledgeMode === 'only' && d.knowledge.length === 0) problems.knowledge = 'pickOne';
  if (!parseAcuInput(d.maxAcuLimit, { whole: true }).ok) problems.maxAcuLimit = 'invalid';
  return problems;
}

/** The draft's knowledge choice (pure). */
export function knowledgeChoiceOf(d: Pick<ComposerDraft, 'knowledgeMode' | 'knowledge'>): IdChoice {
  return d.knowledgeMode === 'only' ? { kind: 'only', ids: d.knowledge.map((k) => k.id) } : { kind: d.knowledgeMode };
}

/**
 * The `sessions:create` body (pure): what was filled in, plus `knowledge_ids` always, because its
 * three values mean three things (null = all knowledge, [] = none, the ids = only those), and the
 * uploaded files' URLs as `attachment_urls`.
 */
export function toCreateRequest(d: ComposerDraft, attachmentUrls: readonly string[] = []): SessionCreateRequest {
  const body: SessionCreateRequest = { prompt: d.prompt.trim() };
  const title = d.title.trim();
  if (title) body.title = title;
  if (d.tags.length > 0) body.tags = [...d.tags];
  if (d.playbookId) body.playbook_id = d.playbookId;
  body.knowledge_ids = idChoiceToField(knowledgeChoiceOf(d));
  if (d.repos.length > 0) body.repos = [...d.repos];
  if (d.devinMode) body.devin_mode = d.devinMode;
  if (d.childPlaybookId) body.child_playbook_id = d.childPlaybookId;
  if (attachmentUrls.length > 0) body.attachment_urls = [...attachmentUrls];
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
