import { checkSessionTag, MAX_TAGS_PER_REQUEST, withoutTags } from '../../shared/domain/session-tags';
import { AppError } from '../../shared/errors';
import type { SessionTagsApi } from '../api/session-tags';

/**
 * Tag edits as the app and the CLI make them, over the documented endpoints: adding is an
 * append (the server skips tags the session has), removing is a replace with what is left,
 * computed from the tags the server has now (not from a possibly stale copy), so a tag someone
 * else just added survives.
 */

/** Tags as typed → the tags to send; AppError TAG_INVALID (first bad one) or TAGS_TOO_MANY. */
export function cleanTags(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of raw) {
    const c = checkSessionTag(r);
    if (!c.ok) throw new AppError('TAG_INVALID', `Not a usable tag: ${JSON.stringify(r.slice(0, 60))} (${c.problem})`, { problem: c.problem }, { tag: r.trim().slice(0, 60) });
    if (!out.includes(c.tag)) out.push(c.tag);
  }
  if (out.length > MAX_TAGS_PER_REQUEST) {
    throw new AppError('TAGS_TOO_MANY', `At most ${MAX_TAGS_PER_REQUEST} tags at once`, {}, { max: MAX_TAGS_PER_REQUEST });
  }
  return out;
}

/** Appends `tags`; returns every tag of the session. */
export async function addSessionTags(api: SessionTagsApi, sessionId: string, tags: readonly string[]): Promise<string[]> {
  const clean = cleanTags(tags);
  if (clean.length === 0) return api.get(sessionId);
  return api.append(sessionId, clean);
}

/** Removes `tags` (GET, then PUT what is left; no PUT when none of them is there); returns every tag left. */
export async function removeSessionTags(api: SessionTagsApi, sessionId: string, tags: readonly string[]): Promise<string[]> {
  const drop = cleanTags(tags);
  const current = await api.get(sessionId);
  const next = withoutTags(current, drop);
  if (next.length === current.length) return current;
  if (next.length > MAX_TAGS_PER_REQUEST) {
    throw new AppError('TAGS_TOO_MANY', `A session with more than ${MAX_TAGS_PER_REQUEST} tags cannot have one removed here`, {}, { max: MAX_TAGS_PER_REQUEST });
  }
  return api.replace(sessionId, next);
}
