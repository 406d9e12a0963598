import { z } from 'zod';
import { SESSION_GROUPS } from './session-state';
import type { SessionView } from './session-view';

/**
 * What a view (or `devin-tray sessions`) asks for. Without `groups`, archived sessions are left
 * out: they are history, and asking for `archived` explicitly brings them back.
 */
export const sessionFilterSchema = z
  .object({
    groups: z.array(z.enum(SESSION_GROUPS)).max(SESSION_GROUPS.length).optional(),
    /** Sessions carrying ALL these tags (the API's semantics for `tags`). */
    tags: z.array(z.string().max(200)).max(20).optional(),
    watchedOnly: z.boolean().optional(),
    /** Case-insensitive substring of the title, the prompt or the id. */
    text: z.string().max(500).optional(),
    limit: z.number().int().min(1).max(10_000).optional(),
    /** Sessions of these organizations only (the All-organisations scope's org filter). */
    orgIds: z.array(z.string().min(1).max(200)).max(200).optional(),
  })
  .strict();
export type SessionFilter = z.infer<typeof sessionFilterSchema>;

/** Whether a view passes the filter. */
export function matchesSessionFilter(v: SessionView, f: SessionFilter = {}): boolean {
  if (f.groups ? !f.groups.includes(v.group) : v.group === 'archived') return false;
  if (f.tags && !f.tags.every((t) => v.tags.includes(t))) return false;
  if (f.watchedOnly && !v.watched) return false;
  if (f.orgIds && !f.orgIds.includes(v.orgId ?? '')) return false;
  if (f.text) {
    const needle = f.text.toLowerCase();
    const hay = [v.id, v.title ?? '', v.prompt ?? ''];
    if (!hay.some((h) => h.toLowerCase().includes(needle))) return false;
  }
  return true;
}
