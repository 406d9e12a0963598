import type { SessionView } from '../../../../../shared/sessions/session-view';
import { foldText, matchesTerms, searchTerms } from './search-text';

/** Which sessions the list shows before search and tags: everyone's, the watched ones, or mine. */
export type ListScope = 'all' | 'watched' | 'mine';

/** The list's filters, as the toolbar edits them. */
export interface ListQuery {
  scope: ListScope;
  /** One `origin` (webapp, slack, api …) or null for any. */
  origin: string | null;
  /** Sessions carrying ALL of these tags (the API's semantics). */
  tags: readonly string[];
  /** Free text: title, prompt, id or tag. */
  text: string;
  /** One organisation (the All-organisations scope's org filter), or null/absent for any. */
  orgId?: string | null;
  /** One account's sessions only (#16), by account id; absent or null for every account. */
  account?: string | null;
}

export const EMPTY_QUERY: ListQuery = { scope: 'all', origin: null, tags: [], text: '' };

/** Whether the session belongs to the principal `me`: its user, or the service user that created it. */
export function isOwnedBy(v: SessionView, me: string): boolean {
  return v.userId === me || v.serviceUserId === me;
}

/** Whether any filter is narrowing the list (for "Clear filters"). */
export function isFiltering(q: ListQuery): boolean {
  return q.scope !== 'all' || q.origin !== null || q.tags.length > 0 || q.text.trim() !== '' || Boolean(q.account) || Boolean(q.orgId);
}

/**
 * The sessions passing the query (pure; keeps the input order). `me` is the signed-in
 * principal's id, needed for scope "mine" (nothing is "mine" when it is unknown).
 */
export function filterSessions(views: readonly SessionView[], q: ListQuery, me: string | null): SessionView[] {
  const terms = searchTerms(q.text);
  return views.filter((v) => {
    if (q.scope === 'watched' && !v.watched) return false;
    if (q.scope === 'mine' && (me === null || !isOwnedBy(v, me))) return false;
    if (q.origin !== null && v.origin !== q.origin) return false;
    if (q.orgId && v.orgId !== q.orgId) return false;
    if (q.account && v.accountId !== q.account) return false;
    if (q.tags.length > 0 && !q.tags.every((t) => v.tags.includes(t))) return false;
    if (terms.length > 0 && !matchesTerms(terms, haystacksOf(v))) return false;
    return true;
  });
}

/** Folded strings search looks in; cached per view object (views are replaced, never mutated). */
const haystackCache = new WeakMap<SessionView, string[]>();
function haystacksOf(v: SessionView): string[] {
  let h = haystackCache.get(v);
  if (!h) {
    h = [foldText(v.title ?? ''), foldText(v.prompt ?? ''), foldText(v.id), ...v.tags.map(foldText)];
    haystackCache.set(v, h);
  }
  return h;
}

/** Distinct origins and tags present in the list, most frequent first, for the filter menus. */
export function facetsOf(views: readonly SessionView[]): { origins: string[]; tags: string[] } {
  const origins = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const v of views) {
    if (v.origin) origins.set(v.origin, (origins.get(v.origin) ?? 0) + 1);
    for (const t of v.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const byCount = (m: Map<string, number>) =>
    [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  return { origins: byCount(origins), tags: byCount(tags) };
}

/** The signed-in principal's id, for "Mine" (null when main does not know it: no "Mine" then). */
export function principalIdOf(principal: { type: string; name: string; id?: string } | null): string | null {
  return principal?.id ? principal.id : null;
}
