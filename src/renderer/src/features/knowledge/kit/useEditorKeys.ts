import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';

/** True on macOS, where the save chord is ⌘ rather than Ctrl. */
export function isMacLike(): boolean {
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
}

/** Editor keys: Ctrl/Cmd+Enter saves, Escape cancels (without letting the key reach the page). */
export function useEditorKeys(onSave: () => void, onCancel: () => void): (e: KeyboardEvent<HTMLElement>) => void {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        onSave();
      } else if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }
    },
    [onSave, onCancel],
  );
}
