import { useEffect } from 'react';

/** True when a key press belongs to what the user is typing in, or to an open dialog. */
export function isTypingContext(target: EventTarget | null): boolean {
  if (document.querySelector('[aria-modal="true"]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/**
 * Screen keys, active while the Sessions screen is mounted: `/` focuses search, `n` opens the
 * composer, `r` refreshes the list. Ignored with modifiers, while typing, and while a dialog is open.
 */
export function useScreenShortcuts(handlers: { onSearch: () => void; onNew: () => void; onRefresh?: () => void }): void {
  const { onSearch, onNew, onRefresh } = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (isTypingContext(e.target)) return;
      if (e.key === '/') {
        e.preventDefault();
        onSearch();
      } else if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        onNew();
      } else if ((e.key === 'r' || e.key === 'R') && onRefresh) {
        e.preventDefault();
        onRefresh();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSearch, onNew, onRefresh]);
}
