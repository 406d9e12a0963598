import { basename, dirname, join } from 'node:path';
import { SESSION_ID_PREFIX } from '../../shared/domain/session-id';

/**
 * Names of a checkout (pure): a session's pull request in a repository gets the worktree
 * `../<repo>-devin-<short id>` beside the repository and the ref `refs/devin-tray/<short id>`,
 * so both can be found again from the session alone (no state file to lose or go stale). A second
 * pull request of the same session in the same repository adds `-pr<N>` to both.
 */

/** The namespace of our refs: outside branches and tags, so `git branch` and pushes never show them. */
export const CHECKOUT_REF_PREFIX = 'refs/devin-tray/';

/** The first 8 letters or digits of a session id, after `devin-` (`devin-3f9a…` → `3f9a…`). */
export function shortSessionId(sessionId: string): string {
  const bare = sessionId.startsWith(SESSION_ID_PREFIX) ? sessionId.slice(SESSION_ID_PREFIX.length) : sessionId;
  const short = bare.replace(/[^A-Za-z0-9]/g, '').slice(0, 8).toLowerCase();
  return short === '' ? 'session' : short;
}

/** `<short id>`, or `<short id>-pr<N>` when this is not the session's first pull request in the repository. */
export function checkoutName(sessionId: string, prNumber: number | null, firstInRepo: boolean): string {
  const short = shortSessionId(sessionId);
  return firstInRepo || prNumber === null ? short : `${short}-pr${prNumber}`;
}

/** The worktree folder beside the repository `root`: `<parent>/<repo>-devin-<name>`. */
export function worktreePathFor(root: string, name: string): string {
  return join(dirname(root), `${basename(root)}-devin-${name}`);
}

/** The local ref holding the fetched head. */
export function checkoutRefFor(name: string): string {
  return `${CHECKOUT_REF_PREFIX}${name}`;
}
