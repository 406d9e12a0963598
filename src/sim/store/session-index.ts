import type { SessionRecord } from '../types';

/** The list order: `updated_at` descending, then `session_id` ascending. */
export function compareSessions(a: { updated_at: number; session_id: string }, b: { updated_at: number; session_id: string }): number {
  if (a.updated_at !== b.updated_at) return b.updated_at - a.updated_at;
  return a.session_id < b.session_id ? -1 : a.session_id > b.session_id ? 1 : 0;
}

/**
 * All sessions (every org) kept sorted in list order, so a list call is a scan, not a sort.
 * Changing `updated_at` must go through `reposition` (remove by the old key, insert by the new).
 */
export class SessionIndex {
  private sorted: SessionRecord[] = [];

  /** Everything, in list order. Do not mutate. */
  all(): readonly SessionRecord[] {
    return this.sorted;
  }

  size(): number {
    return this.sorted.length;
  }

  clear(): void {
    this.sorted = [];
  }

  insert(s: SessionRecord): void {
    this.sorted.splice(this.firstIndexAfterOrAt(s), 0, s);
  }

  /** Adds many at once (bulk creation): append then one sort. */
  insertMany(list: readonly SessionRecord[]): void {
    this.sorted.push(...list);
    this.sorted.sort(compareSessions);
  }

  /** Sets `updated_at` and moves the session to its new place. */
  reposition(s: SessionRecord, updatedAt: number): void {
    if (s.updated_at === updatedAt) return;
    const i = this.firstIndexAfterOrAt(s);
    if (this.sorted[i] === s) this.sorted.splice(i, 1);
    else {
      const j = this.sorted.indexOf(s);
      if (j >= 0) this.sorted.splice(j, 1);
    }
    s.updated_at = updatedAt;
    this.insert(s);
  }

  /** Index of the first session that sorts at or after `key`. */
  firstIndexAfterOrAt(key: { updated_at: number; session_id: string }): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareSessions(this.sorted[mid] as SessionRecord, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first session that sorts strictly after `key` (for cursors). */
  firstIndexAfter(key: { updated_at: number; session_id: string }): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareSessions(this.sorted[mid] as SessionRecord, key) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
