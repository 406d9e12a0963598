import { posix, win32 } from 'node:path';

/** What a typed folder path became: an absolute path, or why it was refused. */
export type TypedPath = { ok: true; path: string } | { ok: false; reason: 'relative' | 'otherUser' };

/**
 * Pure: a folder path as typed in the handoff path field → an absolute path. `~` and `~/…`
 * (`~\…` on Windows) become the home folder; a relative path is refused rather than resolved,
 * since the app's working directory means nothing to the person typing. `~name` (another user's
 * home) is refused too: resolving it needs the user database, and guessing is worse than asking.
 */
export function resolveTypedPath(input: string, env: { homeDir: string; platform: NodeJS.Platform }): TypedPath {
  const typed = input.trim();
  const win = env.platform === 'win32';
  const path = win ? win32 : posix;
  if (typed === '~') return { ok: true, path: path.normalize(env.homeDir) };
  if (typed.startsWith('~/') || (win && typed.startsWith('~\\'))) {
    return { ok: true, path: path.join(env.homeDir, typed.slice(2)) };
  }
  if (typed.startsWith('~')) return { ok: false, reason: 'otherUser' };
  // On Windows "\\foo" is relative to the current drive: only a drive letter or a UNC share is absolute.
  const absolute = win ? /^[a-zA-Z]:[\\/]/.test(typed) || /^\\\\[^\\]+\\[^\\]+/.test(typed) : posix.isAbsolute(typed);
  if (!absolute) return { ok: false, reason: 'relative' };
  return { ok: true, path: path.normalize(typed) };
}
