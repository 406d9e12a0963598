import { observeElementRect } from '@tanstack/react-virtual';
import type { Virtualizer } from '@tanstack/react-virtual';

/** Used while the scroll element has no layout yet (first frame, hidden pane, happy-dom). */
const FALLBACK = { width: 400, height: 640 };

/**
 * TanStack's element observer, except that a zero-height element counts as a typical viewport:
 * rendering a screenful of rows too many is harmless, rendering none shows an empty list.
 */
export function observeRectWithFallback<S extends Element, I extends Element>(
  instance: Virtualizer<S, I>,
  cb: (rect: { width: number; height: number }) => void,
): void | (() => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK));
}
