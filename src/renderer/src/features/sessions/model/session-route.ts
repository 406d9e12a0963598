/**
 * The open session lives in the URL hash (`#/sessions/<id>`), under the shell's section, so a
 * reload, a deep link or main (a clicked notification) can open one. The shell only reads the
 * first segment, so these URLs stay in the Sessions section.
 */
const PREFIX = '#/sessions';

/** The session id in a hash, or null (`#/sessions`, another section, or garbage). */
export function sessionIdFromHash(hash: string): string | null {
  if (!hash.startsWith(`${PREFIX}/`)) return null;
  const raw = hash.slice(PREFIX.length + 1).split(/[/?]/)[0] ?? '';
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The hash that shows this session (or just the list). */
export function hashForSession(id: string | null): string {
  return id === null ? PREFIX : `${PREFIX}/${encodeURIComponent(id)}`;
}
