import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { ReplyFilesState } from '../../attachments';
import { draftFingerprint, loadDraft, useDraftKeeper } from '../../drafts';
import { composerDraftFields, isComposerDraftEmpty, restoreComposerDraft, type ComposerDraftState } from '../model/composer-draft-fields';
import { emptyDraft, type ComposerDraft } from '../model/composer-draft';
import type { ComposerMemoryHandle } from './useComposerMemory';

/** The new-session composer's one place: there is one composer draft per organization. */
export const COMPOSER_DRAFT_KEY = 'composer:new';

export interface ComposerDraftHandle {
  /** When the draft on screen was restored from (ms), until it is started over; null for a fresh one. */
  restoredAt: number | null;
  /** Something typed or picked differs from what the dialog opened with, and it is not empty. */
  mustAsk: () => boolean;
  /** Close without asking: what is waiting is saved first (the draft stays for next time). */
  keep: () => Promise<void>;
  /** Forget the draft (Discard in the question). */
  discard: () => Promise<void>;
  /** Empty the form and forget the draft ("Start over" on a restored draft). */
  startOver: () => void;
  /** The session was created: its draft goes. */
  created: () => Promise<void>;
}

interface Setters {
  state: ComposerDraftState;
  setDraft: Dispatch<SetStateAction<ComposerDraft>>;
  setTagText: (v: string) => void;
  setRepoText: (v: string) => void;
  files: ReplyFilesState;
  memory: ComposerMemoryHandle;
  /** The playbook the dialog was opened for (the playbooks screen's "Start session"): it wins over the draft's. */
  playbookId: string | null;
  /** The max ACU a new session starts with (Settings › Usage), for an empty form. */
  defaultMaxAcu?: number | null;
}

/** Fields whose change counts as "the user typed something" (mode and child playbook come from memory too). */
function typedFingerprint(s: ComposerDraftState, paths: readonly string[]): string {
  const { devinMode: _m, childPlaybookId: _c, ...typed } = composerDraftFields(s);
  return draftFingerprint(typed, paths);
}

/**
 * The composer's draft, kept in main as the user types (`composer:new`): restored when the dialog
 * opens (files too, under fresh handles), cleared when the session is created or the user
 * discards it. `mustAsk` tells the dialog whether closing would throw away a change.
 */
export function useComposerDraft({ state, setDraft, setTagText, setRepoText, files, memory, playbookId, defaultMaxAcu = null }: Setters): ComposerDraftHandle {
  const keeper = useDraftKeeper(COMPOSER_DRAFT_KEY);
  const [loaded, setLoaded] = useState(false);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const baseline = useRef<string | null>(null);
  const lastSaved = useRef<string | null>(null);
  const paths = files.files.map((f) => f.path);
  const current = typedFingerprint(state, paths);
  const empty = isComposerDraftEmpty(state, files.files.length);
  const latest = useRef({ current, empty });
  const filesRef = useRef(files);
  useLayoutEffect(() => {
    latest.current = { current, empty };
    filesRef.current = files;
  });

  // Once, when the dialog opens: the draft comes back (unless the user already started typing).
  useEffect(() => {
    let live = true;
    void loadDraft(COMPOSER_DRAFT_KEY).then((stored) => {
      if (!live) return;
      if (stored && latest.current.empty) {
        const restored = restoreComposerDraft(stored.fields, emptyDraft(playbookId, defaultMaxAcu));
        const next: ComposerDraftState = { ...restored, draft: playbookId ? { ...restored.draft, playbookId } : restored.draft };
        const restoredFiles = stored.files.map((f) => ({ handle: f.handle, name: f.name, path: f.uploaded ? `attachment:${f.uploaded.attachment_id}` : f.path, uploaded: f.uploaded }));
        if (!isComposerDraftEmpty(next, restoredFiles.length) || stored.missingFiles.length > 0) {
          memory.touched('devinMode');
          memory.touched('childPlaybookId');
          setDraft(next.draft);
          setTagText(next.tagText);
          setRepoText(next.repoText);
          filesRef.current.restore(restoredFiles, stored.missingFiles);
          setRestoredAt(stored.updatedAt);
          baseline.current = typedFingerprint(next, restoredFiles.map((f) => f.path));
        }
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
    // Only on open: later changes are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Save as the user types (after the stored draft was read, so an empty form never overwrites it).
  const fields = composerDraftFields(state);
  const fieldsText = JSON.stringify(fields);
  const filesPayload = files.files.map((f) => ({ handle: f.handle, uploaded: f.uploaded }));
  const saveKey = `${fieldsText}|${JSON.stringify(filesPayload)}`;
  useEffect(() => {
    if (!loaded) return;
    baseline.current ??= latest.current.empty ? latest.current.current : typedFingerprint({ draft: emptyDraft(playbookId, defaultMaxAcu), tagText: '', repoText: '' }, []);
    if (lastSaved.current === saveKey) return;
    const first = lastSaved.current === null;
    lastSaved.current = saveKey;
    // Opening an empty composer changes nothing on disk.
    if (first && empty) return;
    keeper.save(empty ? null : { fields, files: filesPayload });
    // saveKey stands for fields and files.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, saveKey]);

  const mustAsk = useCallback(() => !latest.current.empty && latest.current.current !== baseline.current, []);
  const startOver = useCallback(() => {
    const fresh = emptyDraft(playbookId, defaultMaxAcu);
    setDraft((d) => ({ ...fresh, devinMode: d.devinMode, childPlaybookId: d.childPlaybookId }));
    setTagText('');
    setRepoText('');
    filesRef.current.clear();
    setRestoredAt(null);
    baseline.current = typedFingerprint({ draft: fresh, tagText: '', repoText: '' }, []);
    void keeper.clear();
  }, [keeper, playbookId, defaultMaxAcu, setDraft, setRepoText, setTagText]);

  return { restoredAt, mustAsk, keep: keeper.flush, discard: keeper.clear, startOver, created: keeper.clear };
}
