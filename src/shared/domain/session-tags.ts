import { z } from 'zod';
import { stringList } from './fields';

/** `SessionTagsResponse` of `GET|POST|PUT …/sessions/{id}/tags`. */
export const sessionTagsSchema = z.object({ tags: stringList });
export type SessionTags = z.output<typeof sessionTagsSchema>;

/** `maxItems` of the tags body (append and replace). */
export const MAX_TAGS_PER_REQUEST = 50;
/** Longest tag we send. The docs give no limit; the composer and handoff already use 200. */
export const MAX_TAG_LENGTH = 200;

export type TagProblem = 'empty' | 'tooLong' | 'control';

/**
 * A tag as a person typed it: trimmed; refused when empty, over {@link MAX_TAG_LENGTH}
 * characters, or holding control characters (a newline in a tag breaks every list that shows it).
 */
export function checkSessionTag(raw: string): { ok: true; tag: string } | { ok: false; problem: TagProblem } {
  const tag = raw.trim();
  if (tag === '') return { ok: false, problem: 'empty' };
  if ([...tag].length > MAX_TAG_LENGTH) return { ok: false, problem: 'tooLong' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(tag)) return { ok: false, problem: 'control' };
  return { ok: true, tag };
}

/** `tags` without the ones in `drop` (the body of a replace that removes them). */
export function withoutTags(tags: readonly string[], drop: readonly string[]): string[] {
  const gone = new Set(drop);
  return tags.filter((t) => !gone.has(t));
}

/** `tags` plus the new ones not already there, in order (what an append does on the server). */
export function withTags(tags: readonly string[], add: readonly string[]): string[] {
  const out = [...tags];
  for (const t of add) if (!out.includes(t)) out.push(t);
  return out;
}
