import { createContext } from 'react';

/** What an open editor tells its screen: whether leaving would throw a change away, and how to forget it. */
export interface EditorGuard {
  dirty: () => boolean;
  discard: () => Promise<void>;
}

/** The library screen's slot for the open editor's guard (null when no editor is open). */
export const EditorGuardContext = createContext<{ register: (guard: EditorGuard | null) => void } | null>(null);
