import type { GitGuard } from '../handoff/git-guard';
import { runGit } from '../handoff/git-runner';
import { AppError } from '../../shared/errors';
import { checkoutError, gitMessage } from './checkout-error';

export interface FetchRequest {
  /** The remote URL (checked by checkFetchUrl); the user's own `url.*.insteadOf` may rewrite it. */
  url: string;
  /** `refs/pull/12/head`, `refs/merge-requests/12/head` or `refs/heads/<branch>`. */
  remoteRef: string;
  /** Our ref under refs/devin-tray/, moved to what was fetched (forced: a pull request may be rewritten). */
  localRef: string;
}

/**
 * Fetches one ref of the pull request into our ref, in the repository at `root`, with a fetch
 * guard (guardFetch). Nothing else of the repository changes: no tags, no FETCH_HEAD, no
 * submodules, no background maintenance, and the upload-pack is git's own whatever a config says.
 * Returns the fetched commit. Errors: CHECKOUT_FETCH_FAILED with git's message.
 */
export async function fetchPullRequest(guard: GitGuard, root: string, req: FetchRequest, signal?: AbortSignal): Promise<string> {
  const args = [
    'fetch',
    '--no-tags',
    '--no-write-fetch-head',
    '--no-recurse-submodules',
    '--no-auto-maintenance',
    '--upload-pack=git-upload-pack',
    '--end-of-options',
    req.url,
    `+${req.remoteRef}:${req.localRef}`,
  ];
  await runGit(args, { guard, cwd: root, signal }).catch((err: unknown) => {
    // git's own failures (the network, the ref, a login) become ours with git's words; the
    // runner's other codes (DUBIOUS_OWNERSHIP, CANCELLED, GIT_MISSING) stay as they are.
    if (err instanceof AppError && err.code === 'GIT_FAILED') {
      const stderr = typeof err.details?.['stderr'] === 'string' ? err.details['stderr'] : err.message;
      const exitCode = typeof err.details?.['exitCode'] === 'number' ? err.details['exitCode'] : 1;
      throw checkoutError('CHECKOUT_FETCH_FAILED', { detail: gitMessage(stderr, exitCode) }, { exitCode });
    }
    throw err;
  });
  const head = await runGit(['rev-parse', '--verify', `${req.localRef}^{commit}`], { guard, cwd: root, signal });
  return head.stdout.toString('utf8').trim();
}
