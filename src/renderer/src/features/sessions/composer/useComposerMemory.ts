import { useCallback, useEffect, useRef } from 'react';
import type { Dispatch, SetStateAction } from 'react';
import type { Playbook } from '../../../../../shared/domain/playbook';
import type { ComposerMemory } from '../../../../../shared/ipc/channels/composer';
import { getBridge } from '../../../bridge';
import type { ComposerDraft } from '../model/composer-draft';

type Remembered = keyof ComposerMemory;

export interface ComposerMemoryHandle {
  /** The user set this field: the remembered value must not overwrite it when it arrives. */
  touched: (field: Remembered) => void;
  /** Keep the draft's values for the next session (after a successful create; best effort). */
  remember: (draft: ComposerDraft) => void;
}

/**
 * Fills the draft's mode and child playbook with the values last used in this org
 * (`composer:lastUsed`, kept by main beside the settings, not in the page's storage), drops a
 * remembered child playbook that no longer exists, and remembers the values of a started session.
 */
export function useComposerMemory(setDraft: Dispatch<SetStateAction<ComposerDraft>>, playbooks: readonly Playbook[] | null): ComposerMemoryHandle {
  const touchedFields = useRef(new Set<Remembered>());
  const fromMemory = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    getBridge()
      .composer.lastUsed()
      .then((m) => {
        if (!live) return;
        fromMemory.current = m.childPlaybookId;
        setDraft((d) => ({
          ...d,
          devinMode: touchedFields.current.has('devinMode') ? d.devinMode : m.devinMode,
          childPlaybookId: touchedFields.current.has('childPlaybookId') ? d.childPlaybookId : m.childPlaybookId,
        }));
      })
      // Nothing remembered (signed out, or the file could not be read): the defaults stand.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [setDraft]);

  // A remembered child playbook that was deleted since: back to none, rather than sending a dead id.
  useEffect(() => {
    const id = fromMemory.current;
    if (playbooks === null || id === null || touchedFields.current.has('childPlaybookId')) return;
    if (!playbooks.some((p) => p.playbook_id === id)) {
      fromMemory.current = null;
      setDraft((d) => (d.childPlaybookId === id ? { ...d, childPlaybookId: null } : d));
    }
  });

  const touched = useCallback((field: Remembered) => {
    touchedFields.current.add(field);
  }, []);
  const remember = useCallback((draft: ComposerDraft) => {
    void getBridge()
      .composer.remember({ devinMode: draft.devinMode, childPlaybookId: draft.childPlaybookId })
      .catch(() => undefined);
  }, []);
  return { touched, remember };
}
