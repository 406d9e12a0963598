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

/** An org secret picked for the session: its id and its name (the key; never a value, the API has none). */
export interface SecretPick {
  id: string;
  name: string;
}

/** The three org secrets choices: `secret_ids` null (all) / the picked ids / [] (none). */
export type SecretsMode = IdChoice['kind'];

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
  /** "all" org secrets (the default), "only" the picked ones, or "none". */
  secretsMode: SecretsMode;
  /** The secrets picked for "only" (kept while another mode is chosen). */
  secrets: SecretPick[];
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
  /** "Only these secrets" with none picked: it would silently mean "no secrets". */
  secrets?: 'pickOne';
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
    secretsMode: 'all',
    secrets: [],
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
  if (d.secretsMode === 'only' && d.secrets.length === 0) problems.secrets = 'pickOne';
  if (!parseAcuInput(d.maxAcuLimit, { whole: true }).ok) problems.maxAcuLimit = 'invalid';
  return problems;
}

/** The draft's knowledge choice (pure). */
export function knowledgeChoiceOf(d: Pick<ComposerDraft, 'knowledgeMode' | 'knowledge'>): IdChoice {
  return d.knowledgeMode === 'only' ? { kind: 'only', ids: d.knowledge.map((k) => k.id) } : { kind: d.knowledgeMode };
}

/** The draft's org secrets choice (pure). */
export function secretsChoiceOf(d: Pick<ComposerDraft, 'secretsMode' | 'secrets'>): IdChoice {
  return d.secretsMode === 'only' ? { kind: 'only', ids: d.secrets.map((x) => x.id) } : { kind: d.secretsMode };
}

/**
 * The `sessions:create` body (pure): what was filled in, plus `knowledge_ids` and `secret_ids`
 * always, because their three values mean three things (null = all, [] = none, the ids = only
 * those; v1's documented meaning, which v3 leaves unsaid, so "all" is never left to an omitted
 * field), and the uploaded files' URLs as `attachment_urls`.
 */
export function toCreateRequest(d: ComposerDraft, attachmentUrls: readonly string[] = []): SessionCreateRequest {
  const body: SessionCreateRequest = { prompt: d.prompt.trim() };
  const title = d.title.trim();
  if (title) body.title = title;
  if (d.tags.length > 0) body.tags = [...d.tags];
  if (d.playbookId) body.playbook_id = d.playbookId;
  body.knowledge_ids = idChoiceToField(knowledgeChoiceOf(d));
  body.secret_ids = idChoiceToField(secretsChoiceOf(d));
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
