import type { HandoffComposeRequest, HandoffResolution } from '../../../../../shared/ipc/channels/handoff';
import { knowledgeChoiceOf, secretsChoiceOf, type KnowledgeMode, type KnowledgePick, type SecretPick, type SecretsMode } from '../../sessions/model/composer-draft';

/** What the user chose on the screen; everything main needs to compose the preview. */
export interface HandoffDraft {
  task: string;
  /** Extra tags ("handoff" is always added by main). */
  tags: string[];
  resolutions: Record<string, HandoffResolution>;
  /** Keys of files whose toggle is off. */
  excluded: string[];
  maxBytes: number;
  includeUnpushed: boolean;
  /** Which knowledge the session may use: all (default, null), only the picked notes, or none ([]). */
  knowledgeMode: KnowledgeMode;
  knowledge: KnowledgePick[];
  /** Which org secrets the session may use: all (default, null), only the picked ones, or none ([]). */
  secretsMode: SecretsMode;
  secrets: SecretPick[];
  /** Session secret names the user typed, by finding id (the derived name applies otherwise). */
  secretKeys: Record<string, string>;
}

/** The fixed tag every handoff session gets. */
export const FIXED_TAG = 'handoff';
export const TAG_MAX_LENGTH = 100;
export const TAGS_MAX = 20;

/** The size limits offered (bytes of diff plus patches); 100 KB is the engine's default. */
export const SIZE_LIMITS = [25_600, 51_200, 102_400, 256_000, 512_000, 1_048_576, 2_097_152] as const;
export const DEFAULT_SIZE_LIMIT = 102_400;

export function emptyDraft(): HandoffDraft {
  return { task: '', tags: [], resolutions: {}, excluded: [], maxBytes: DEFAULT_SIZE_LIMIT, includeUnpushed: false, knowledgeMode: 'all', knowledge: [], secretsMode: 'all', secrets: [], secretKeys: {} };
}

/** "Only these notes" with none picked: sending is held until one is picked or another choice made. */
export function knowledgeIncomplete(d: Pick<HandoffDraft, 'knowledgeMode' | 'knowledge'>): boolean {
  return d.knowledgeMode === 'only' && d.knowledge.length === 0;
}

/** "Only these secrets" with none picked: sending is held, as for knowledge. */
export function orgSecretsIncomplete(d: Pick<HandoffDraft, 'secretsMode' | 'secrets'>): boolean {
  return d.secretsMode === 'only' && d.secrets.length === 0;
}

/** A new folder keeps what was typed and the options, not decisions about another repo's files. */
export function draftForNewFolder(d: HandoffDraft): HandoffDraft {
  return { ...d, resolutions: {}, excluded: [], secretKeys: {} };
}

export function composeRequestOf(inspectionId: string, d: HandoffDraft): HandoffComposeRequest {
  const req: HandoffComposeRequest = { inspectionId, task: d.task, tags: d.tags, resolutions: d.resolutions, excluded: d.excluded, maxBytes: d.maxBytes, includeUnpushed: d.includeUnpushed };
  // An incomplete "only" is left out of the preview (the send gate holds it), never sent as "none".
  if (!knowledgeIncomplete(d)) req.knowledge = knowledgeChoiceOf(d);
  if (!orgSecretsIncomplete(d)) req.secrets = secretsChoiceOf(d);
  if (Object.keys(d.secretKeys).length > 0) req.secretKeys = d.secretKeys;
  return req;
}

/** Why a typed tag cannot be added: null when it is fine (or should be silently ignored). */
export type TagCheck = { ok: true; tag: string } | { ok: false; reason: 'empty' | 'duplicate' | 'tooLong' | 'tooMany' };

export function checkTag(raw: string, current: readonly string[]): TagCheck {
  const tag = raw.trim();
  if (tag === '') return { ok: false, reason: 'empty' };
  if (tag.length > TAG_MAX_LENGTH) return { ok: false, reason: 'tooLong' };
  if (tag === FIXED_TAG || current.includes(tag)) return { ok: false, reason: 'duplicate' };
  if (current.length >= TAGS_MAX) return { ok: false, reason: 'tooMany' };
  return { ok: true, tag };
}

/** Sets or clears one finding's decision (pure). */
export function withResolution(d: HandoffDraft, id: string, r: HandoffResolution | null): HandoffDraft {
  const resolutions = { ...d.resolutions };
  if (r === null) delete resolutions[id];
  else resolutions[id] = r;
  return { ...d, resolutions };
}

/** Sets (or, with null, forgets) the name a finding's value goes as (pure). */
export function withSecretKey(d: HandoffDraft, id: string, key: string | null): HandoffDraft {
  const secretKeys = { ...d.secretKeys };
  if (key === null) delete secretKeys[id];
  else secretKeys[id] = key;
  return { ...d, secretKeys };
}

/** Turns one file's toggle on or off (pure). */
export function withFileIncluded(d: HandoffDraft, key: string, included: boolean): HandoffDraft {
  const excluded = d.excluded.filter((k) => k !== key);
  return { ...d, excluded: included ? excluded : [...excluded, key] };
}
