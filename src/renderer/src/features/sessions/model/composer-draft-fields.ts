import { DEVIN_MODES } from '../../../../../shared/domain/session';
import type { DraftValue } from '../../../../../shared/ipc/channels/drafts';
import { normalizeTag, type ComposerDraft, type KnowledgePick, type SecretPick } from './composer-draft';

/** What the composer keeps as its draft: the form, and the tag and repository text not yet turned into chips. */
export interface ComposerDraftState {
  draft: ComposerDraft;
  tagText: string;
  repoText: string;
}

/**
 * The fields a composer draft keeps on disk (pure). An explicit list, not the whole form: a field
 * added to the composer later is kept only once it is added here, so nothing sensitive (a session
 * secret's value) is ever written to the drafts file by accident. Prompt first: a list of drafts
 * previews the first text.
 */
export function composerDraftFields({ draft, tagText, repoText }: ComposerDraftState): Record<string, DraftValue> {
  return {
    prompt: draft.prompt,
    title: draft.title,
    tags: [...draft.tags],
    tagText,
    repos: [...draft.repos],
    repoText,
    playbookId: draft.playbookId,
    knowledgeMode: draft.knowledgeMode,
    knowledge: draft.knowledge.map((k) => ({ id: k.id, name: k.name })),
    // Org secrets by id and name only: the API never gives a value, and none is kept here.
    secretsMode: draft.secretsMode,
    secrets: draft.secrets.map((x) => ({ id: x.id, name: x.name })),
    devinMode: draft.devinMode,
    childPlaybookId: draft.childPlaybookId,
    maxAcuLimit: draft.maxAcuLimit,
  };
}

/** True when nothing was typed or picked (a chosen mode or playbook alone is not worth keeping). */
export function isComposerDraftEmpty({ draft, tagText, repoText }: ComposerDraftState, fileCount: number): boolean {
  return (
    fileCount === 0 &&
    draft.prompt.trim() === '' &&
    draft.title.trim() === '' &&
    tagText.trim() === '' &&
    repoText.trim() === '' &&
    draft.tags.length === 0 &&
    draft.repos.length === 0 &&
    draft.knowledge.length === 0 &&
    draft.knowledgeMode === 'all' &&
    draft.secrets.length === 0 &&
    draft.secretsMode === 'all'
  );
}

const str = (v: DraftValue | undefined, max: number): string | null => (typeof v === 'string' ? v.slice(0, max) : null);
const strList = (v: DraftValue | undefined, max: number): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length <= 500).slice(0, max) : []);

/** A stored list of `{id, name}` picks, the malformed entries dropped (pure). */
function picksOf(v: DraftValue | undefined): Array<{ id: string; name: string }> | null {
  if (!Array.isArray(v)) return null;
  return v.flatMap((k) =>
    k && typeof k === 'object' && !Array.isArray(k) && typeof k['id'] === 'string' && k['id'] !== '' && typeof k['name'] === 'string' ? [{ id: k['id'], name: k['name'] }] : [],
  );
}

/**
 * A stored draft back into the form (pure). Every field is checked: one that is missing or not
 * what the composer would have written keeps `base`'s value, so an old or damaged draft restores
 * what it can and never breaks the dialog.
 */
export function restoreComposerDraft(fields: Record<string, DraftValue>, base: ComposerDraft): ComposerDraftState {
  const mode = fields['knowledgeMode'];
  const devinMode = fields['devinMode'];
  const knowledge: KnowledgePick[] = picksOf(fields['knowledge']) ?? base.knowledge;
  const secretsMode = fields['secretsMode'];
  const secrets: SecretPick[] = picksOf(fields['secrets']) ?? base.secrets;
  const playbookId = fields['playbookId'];
  const childPlaybookId = fields['childPlaybookId'];
  return {
    draft: {
      prompt: str(fields['prompt'], 100_000) ?? base.prompt,
      title: str(fields['title'], 500) ?? base.title,
      tags: 'tags' in fields ? strList(fields['tags'], 50).flatMap((t) => normalizeTag(t) ?? []) : base.tags,
      repos: 'repos' in fields ? strList(fields['repos'], 50) : base.repos,
      playbookId: typeof playbookId === 'string' || playbookId === null ? playbookId : base.playbookId,
      knowledgeMode: mode === 'all' || mode === 'only' || mode === 'none' ? mode : base.knowledgeMode,
      knowledge,
      secretsMode: secretsMode === 'all' || secretsMode === 'only' || secretsMode === 'none' ? secretsMode : base.secretsMode,
      secrets,
      devinMode: devinMode === null || (typeof devinMode === 'string' && (DEVIN_MODES as readonly string[]).includes(devinMode)) ? (devinMode as ComposerDraft['devinMode']) : base.devinMode,
      childPlaybookId: typeof childPlaybookId === 'string' || childPlaybookId === null ? childPlaybookId : base.childPlaybookId,
      maxAcuLimit: str(fields['maxAcuLimit'], 20) ?? base.maxAcuLimit,
    },
    tagText: str(fields['tagText'], 500) ?? '',
    repoText: str(fields['repoText'], 500) ?? '',
  };
}
