import { z } from 'zod';
import { type } from '../phantom';

/**
 * The round trip (#16): a session's pull request checked out locally in a git worktree beside a
 * repository the app already knows. The renderer never sends a path: it names the session, the
 * pull request (one of the session's own) and a repository by the key main gave it; main finds
 * every folder itself, from its own lists.
 */

/** Where main learnt of a local repository: the session's handoff, or the recent list. */
export type CheckoutRepoOrigin = 'handoff' | 'recent' | 'given';

/** A local repository that has the pull request's repository as a remote. */
export interface CheckoutRepoView {
  /** Opaque, stable for the folder: what the renderer sends back. */
  key: string;
  root: string;
  origin: CheckoutRepoOrigin;
  remoteName: string;
  /** The remote's URL without credentials. */
  remoteUrl: string;
  /** Where a checkout from this repository goes (beside it). */
  worktreePath: string;
}

/** The worktree of a checkout, read now. */
export interface CheckoutWorktreeView {
  path: string;
  /** The worktree's HEAD. */
  head: string;
  /** Our ref: the pull request's head as last fetched (null when the ref was deleted by hand). */
  prHead: string | null;
  /** Uncommitted paths (at most 20) and how many there are in all. */
  changes: string[];
  changeCount: number;
  /** Commits made in the worktree that the pull request does not have. */
  localCommits: number;
  /** What a Remove would lose, summed up: `checkout:remove` must send it back unchanged. */
  token: string;
}

/** Why a matching remote is not fetched from. */
export type CheckoutUrlRefusal = 'plain-http' | 'not-hosted' | 'unsafe';

/** One pull request of the session, and where it is or could be checked out. */
export interface CheckoutPrView {
  prUrl: string;
  /** `owner/repo#12`, or the URL when it is not one we can read. */
  label: string;
  state: string | null;
  /** False when we cannot tell how to fetch it (a host that keeps no ref for pull requests). */
  supported: boolean;
  /** `owner/repo` (null when unsupported). */
  repo: string | null;
  repos: CheckoutRepoView[];
  /** The repository of the checkout (or of the next one): the one holding a worktree, else the first. */
  repoKey: string | null;
  /** The worktree folder in that repository (it may not exist yet) and our ref. */
  worktreePath: string | null;
  ref: string | null;
  /** Null until checked out (or when its folder was deleted by hand). */
  worktree: CheckoutWorktreeView | null;
  /** A repository with a matching remote whose URL is not fetched from, when none can be used. */
  refused: { root: string; remoteUrl: string; reason: CheckoutUrlRefusal } | null;
}

export interface CheckoutStatusView {
  sessionId: string;
  prs: CheckoutPrView[];
}

/** What a check out or an update did. */
export type CheckoutOutcome = 'created' | 'updated' | 'upToDate';

export interface CheckoutResultView {
  pr: CheckoutPrView;
  outcome: CheckoutOutcome;
}

const sessionId = z.string().min(1).max(200);
const target = z
  .object({
    sessionId,
    prUrl: z.string().min(1).max(2048),
    repoKey: z.string().regex(/^[0-9a-f]{16}$/),
  })
  .strict();

export const checkoutChannels = {
  /** The session's pull requests, the local repositories for each, and any checkout there. */
  'checkout:status': { request: z.object({ sessionId }).strict(), response: type<CheckoutStatusView>() },
  /** Fetches the pull request and adds the worktree (or updates it when it exists and is clean). */
  'checkout:start': { request: target, response: type<CheckoutResultView>() },
  /** Fetches again and fast-forwards the worktree; refuses (CHECKOUT_DIRTY) when it is not clean. */
  'checkout:update': { request: target, response: type<CheckoutResultView>() },
  /** Deletes the worktree and our ref; `token` is the one the confirmation showed (CHECKOUT_CHANGED otherwise). */
  'checkout:remove': { request: target.extend({ token: z.string().regex(/^[0-9a-f]{64}$/) }).strict(), response: type<CheckoutPrView>() },
  /** Opens the worktree folder in the file manager, or shows it in its parent folder. */
  'checkout:show': { request: target.extend({ how: z.enum(['open', 'reveal']) }).strict(), response: type<void>() },
} as const;

export type CheckoutChannelName = keyof typeof checkoutChannels;
