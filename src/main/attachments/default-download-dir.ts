import { join } from 'node:path';
import { cutToBytes } from './fit-file-name';
import { sanitizeFileName } from './sanitize-file-name';

/** Session titles are cut to this many bytes in folder names (the whole path must stay short on Windows). */
const MAX_TITLE_BYTES = 60;

/** Pure: the first 8 characters of the session id without its `devin-` prefix. */
export function shortSessionId(sessionId: string): string {
  const bare = sessionId.replace(/^devin-/, '');
  return sanitizeFileName(bare.slice(0, 8) || 'session');
}

/**
 * Pure: where a session's attachments go by default:
 * `<root>/<sanitised title>-<short id>/`, root = `<home>/Downloads/Devin` unless the settings
 * name another folder. The id keeps two sessions with the same title apart.
 */
export function defaultDownloadDir(home: string, sessionTitle: string | null | undefined, sessionId: string, root?: string | null): string {
  const base = root ?? join(home, 'Downloads', 'Devin');
  const title = (sessionTitle ?? '').trim();
  const safeTitle = title === '' ? 'session' : sanitizeFileName(cutToBytes(title, MAX_TITLE_BYTES)).replace(/[. ]+$/u, '');
  return join(base, `${safeTitle || 'session'}-${shortSessionId(sessionId)}`);
}
