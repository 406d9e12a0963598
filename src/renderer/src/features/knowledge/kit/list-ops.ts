/** Immutable list edits for optimistic updates: each returns what is needed to undo it. */

/** Replaces the item whose key matches; the list is unchanged if none does. */
export function replaceWhere<T>(list: readonly T[], match: (x: T) => boolean, next: T): T[] {
  return list.map((x) => (match(x) ? next : x));
}

/** Removes the first matching item and says where it was, so a failed delete can put it back. */
export function removeWhere<T>(list: readonly T[], match: (x: T) => boolean): { list: T[]; removed: T | null; index: number } {
  const index = list.findIndex(match);
  if (index < 0) return { list: [...list], removed: null, index: -1 };
  return { list: [...list.slice(0, index), ...list.slice(index + 1)], removed: list[index] as T, index };
}

/** Puts an item back at `index` (clamped), unless an item with the same key is already there. */
export function restoreAt<T>(list: readonly T[], item: T, index: number, sameKey: (a: T, b: T) => boolean): T[] {
  if (list.some((x) => sameKey(x, item))) return [...list];
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** Appends a page, skipping items already shown (a concurrent create can shift offsets). */
export function appendUnique<T>(list: readonly T[], page: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(list.map(key));
  return [...list, ...page.filter((x) => !seen.has(key(x)))];
}
