/**
 * Optimistic tag edits (pure). The detail view shows an edit at once; `basis` is the list's tags
 * when it started, so the override stands only until the live list reports something else (the
 * edit arrived, or someone changed the tags meanwhile): then the list wins again.
 */
export interface TagOverride {
  basis: readonly string[];
  tags: readonly string[];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The tags to show: the override while the list still has the tags it started from. */
export function shownTags(listed: readonly string[], override: TagOverride | null): readonly string[] {
  return override && sameList(override.basis, listed) ? override.tags : listed;
}
