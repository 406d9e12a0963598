import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter or Cmd+Enter sends (either, on every platform: people switch machines); plain
 * Enter stays a new line. Never while an input method is composing.
 */
export function isSendShortcut(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.altKey || e.shiftKey) return false;
  return e.ctrlKey || e.metaKey;
}

/** How the send shortcut is written on this platform. */
export function sendKeysLabel(isMac: boolean): string {
  return isMac ? '⌘↩' : 'Ctrl+Enter';
}
