import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { loadDraft } from '../../drafts';
import type { EditorDraft } from './editor-draft';

/**
 * Reads the draft of one editor's place before the editor mounts, so the editor starts from it
 * (its fields are the form's first values, not a later overwrite of what the user began typing).
 */
export function DraftGate({ draftKey, children }: { draftKey: string; children: (draft: EditorDraft) => ReactNode }) {
  const [loaded, setLoaded] = useState<{ key: string; draft: EditorDraft } | null>(null);
  useEffect(() => {
    let live = true;
    void loadDraft(draftKey).then((stored) => {
      if (live) setLoaded({ key: draftKey, draft: { key: draftKey, restored: stored ? { fields: stored.fields, updatedAt: stored.updatedAt } : null } });
    });
    return () => {
      live = false;
    };
  }, [draftKey]);
  if (!loaded || loaded.key !== draftKey) return null;
  return <>{children(loaded.draft)}</>;
}
