import { useEffect, useState } from 'react';
import type { KnowledgeNote } from '../../../../../shared/domain/knowledge';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';
import { useDebouncedValue } from './useDebouncedValue';

export interface KnowledgeNotesState {
  notes: readonly KnowledgeNote[] | null;
  error: UiError | null;
}

/** How many notes the picker lists per search; the search narrows the rest. */
export const KNOWLEDGE_PAGE = 100;

/** Knowledge notes matching `search` (server-side, debounced), for the composer's picker. */
export function useKnowledgeNotes(search: string): KnowledgeNotesState {
  const t = useT();
  const query = useDebouncedValue(search.trim(), 250);
  const [state, setState] = useState<KnowledgeNotesState>({ notes: null, error: null });
  useEffect(() => {
    let live = true;
    getBridge()
      .knowledge.list({ first: KNOWLEDGE_PAGE, ...(query ? { search: query } : {}) })
      .then((page) => {
        if (live) setState({ notes: page.items, error: null });
      })
      .catch((err: unknown) => {
        if (live) setState({ notes: null, error: toUiError(err, t) });
      });
    return () => {
      live = false;
    };
  }, [query, t]);
  return state;
}
