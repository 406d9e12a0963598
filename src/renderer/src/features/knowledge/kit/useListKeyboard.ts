import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';

/**
 * Keyboard for a list: ↑/↓ move the active row, Home/End jump, Enter opens it. The caller
 * renders the rows and keeps `active`; this only decides what a key does.
 */
export function useListKeyboard(opts: {
  count: number;
  active: number;
  setActive: (index: number) => void;
  onOpen: (index: number) => void;
}): (e: KeyboardEvent<HTMLElement>) => void {
  const { count, active, setActive, onOpen } = opts;
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (count === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
      const move = (i: number) => {
        e.preventDefault();
        setActive(Math.max(0, Math.min(count - 1, i)));
      };
      if (e.key === 'ArrowDown') move(active < 0 ? 0 : active + 1);
      else if (e.key === 'ArrowUp') move(active < 0 ? 0 : active - 1);
      else if (e.key === 'Home') move(0);
      else if (e.key === 'End') move(count - 1);
      else if (e.key === 'Enter' && active >= 0 && active < count) {
        e.preventDefault();
        onOpen(active);
      }
    },
    [count, active, setActive, onOpen],
  );
}
