import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import type { RecentRepo } from '../../shared/ipc/channels/handoff';
import type {
  CheckoutOutcome,
  CheckoutPrView,
  CheckoutRepoView,
  CheckoutStatusView,
  CheckoutWorktreeView,
} from '../../shared/ipc/channels/checkout';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { AppError } from '../../shared/errors';
import { guardCheckout, guardFetch } from '../handoff/git-guard';
import { sanitizeRemoteUrl } from '../handoff/remote-slug';
import { addWorktree } from './add-worktree';
import { checkoutError } from './checkout-error';
import { checkoutName, checkoutRefFor, worktreePathFor } from './checkout-names';
import { fetchPullRequest } from './fetch-pr';
import { findLocalRepos, type LocalRepoMatch, type LocalRepoSearch, type RepoCandidate } from './find-local-repos';
import type { HandoffSources } from './handoff-sources';
import { findWorktree, listWorktrees, type WorktreeEntry } from './list-worktrees';
import { pullRequestSource, type PullRequestSource } from './pr-source';
import { deleteRef, readRef, removeWorktree } from './remove-worktree';
import { fastForward, isAncestor } from './update-worktree';
import { readWorktreeState, type WorktreeState } from './worktree-state';

/** A session's pull requests, as the API lists them. */
export interface CheckoutSession {
  id: string;
  prs: ReadonlyArray<{ url: string; state: string | null }>;
}

/** The file manager (Electron's shell); the harness records the calls. */
export interface CheckoutShellPort {
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

export interface CheckoutServiceDeps {
  /** The session with its pull requests (the tracked list, else the API). */
  getSession(sessionId: string): Promise<CheckoutSession>;
  /** Which repository each session was handed off from. */
  sources: HandoffSources;
  /** The handoff screen's recent repositories. */
  recentRepos(): Promise<RecentRepo[]>;
  shell?: CheckoutShellPort;
  /** The git executable (tests). */
  git?: string;
  /** How long a fetch may take before it is stopped (default {@link FETCH_TIMEOUT_MS}). */
  fetchTimeoutMs?: number;
}

/** A fetch that has not finished after this long is stopped: a stalled network or an ssh waiting for nothing. */
export const FETCH_TIMEOUT_MS = 5 * 60_000;

/** Which repository: by the key a status view gave (the app), or a folder the user named (the CLI). */
export type RepoChoice = { key: string } | { path: string } | null;

export interface CheckoutRequest {
  sessionId: string;
  /** One of the session's pull requests; default: the first one a local repository can serve. */
  prUrl?: string | null;
  repo?: RepoChoice;
  signal?: AbortSignal;
}

/** What `devin-tray checkout --json` prints, and what the app's start/update return inside their view. */
export interface CheckoutResult {
  worktree: string;
  ref: string;
  head: string;
  pr_url: string;
  outcome: CheckoutOutcome;
}

export interface CheckoutService {
  status(sessionId: string, signal?: AbortSignal): Promise<CheckoutStatusView>;
  /** Checks out, or updates an existing clean worktree. Errors: CHECKOUT_* codes, git's. */
  checkout(req: CheckoutRequest): Promise<CheckoutResult>;
  /** Updates an existing worktree (CHECKOUT_NOT_FOUND when there is none). */
  update(req: CheckoutRequest): Promise<CheckoutResult>;
  /** Removes worktree and ref if `token` still describes what would be lost. */
  remove(req: CheckoutRequest & { token: string }): Promise<void>;
  show(req: CheckoutRequest & { how: 'open' | 'reveal' }): Promise<void>;
  /** The status of one pull request (after an operation). */
  prView(sessionId: string, prUrl: string, signal?: AbortSignal): Promise<CheckoutPrView>;
  /** Stops every git process still running (the app quits). */
  dispose(): void;
}

/** The opaque key of a repository folder (what the renderer may send back). */
export function repoKeyOf(root: string): string {
  return createHash('sha256').update(root).digest('hex').slice(0, 16);
}

/** The summary of what a Remove would lose, as a token the confirmation sends back (pure). */
export function lossToken(state: WorktreeState): string {
  return createHash('sha256').update(JSON.stringify([state.head, state.changeCount, state.changes, state.localCommits])).digest('hex');
}

/** Whether this pull request is the session's first in its repository (else its names get `-pr<N>`; pure). */
export function isFirstInRepo(prs: CheckoutSession['prs'], source: PullRequestSource): boolean {
  for (const pr of prs) {
    const other = pullRequestSource(pr.url);
    if (other && other.host === source.host && other.slug.toLowerCase() === source.slug.toLowerCase()) return other.url === source.url;
  }
  return true;
}

interface Target {
  session: CheckoutSession;
  source: PullRequestSource;
  remoteRef: string;
  match: LocalRepoMatch;
  path: string;
  ref: string;
}

const exists = (p: string) => stat(p).then(() => true, () => false);
const isEmptyDir = (p: string) => readdir(p).then((e) => e.length === 0, () => false);

/**
 * The checkout, for the app and the CLI alike: finds a local repository for a session's pull
 * request, fetches its head into `refs/devin-tray/<short id>` and adds a detached worktree beside
 * the repository; updates it by fast-forward when it is clean; removes it after a confirmation
 * that names what would be lost. Every git call goes through the guard (no program of the
 * repository runs) and never touches the user's own worktree, index, HEAD, branches or stash.
 * Operations on one checkout run one after another.
 */
export function createCheckoutService(deps: CheckoutServiceDeps): CheckoutService {
  const gitOpt = deps.git ? { git: deps.git } : {};
  const queues = new Map<string, Promise<unknown>>();
  const life = new AbortController();
  /** The caller's signal, also aborted when the service is disposed. */
  const scoped = (signal?: AbortSignal): AbortSignal => (signal ? AbortSignal.any([signal, life.signal]) : life.signal);

  /** Runs `task` after any other operation on the same worktree. */
  const serial = <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    const settled = next.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return next;
  };

  const candidates = async (sessionId: string, repo: RepoChoice | undefined): Promise<RepoCandidate[]> => {
    if (repo && 'path' in repo) return [{ path: repo.path, origin: 'given' }];
    const [source, recent] = await Promise.all([deps.sources.get(sessionId), deps.recentRepos().catch(() => [] as RecentRepo[])]);
    return [...(source ? [{ path: source.root, origin: 'handoff' as const }] : []), ...recent.map((r) => ({ path: r.path, origin: 'recent' as const }))];
  };

  const search = async (sessionId: string, source: PullRequestSource, repo: RepoChoice | undefined, signal?: AbortSignal): Promise<LocalRepoSearch> =>
    findLocalRepos(source, await candidates(sessionId, repo), { ...gitOpt, ...(signal ? { signal } : {}) });

  const noRepoError = (source: PullRequestSource, found: LocalRepoSearch, repo: RepoChoice | undefined) => {
    if (found.givenError) return found.givenError;
    const refused = found.refused[0];
    if (refused) {
      return checkoutError('CHECKOUT_REMOTE_REFUSED', { path: refused.root, url: sanitizeRemoteUrl(refused.remote.url), reason: refused.reason }, { reason: refused.reason });
    }
    if (repo && 'path' in repo) return checkoutError('CHECKOUT_NO_MATCHING_REMOTE', { path: repo.path, repo: source.slug });
    return checkoutError('CHECKOUT_NO_LOCAL_REPO', { repo: source.slug, host: source.host });
  };

  /** The pull request, repository and names an operation acts on. */
  const resolve = async (req: CheckoutRequest): Promise<Target> => {
    const session = await deps.getSession(normalizeSessionId(req.sessionId));
    if (session.prs.length === 0) throw checkoutError('CHECKOUT_NO_PR', { sessionId: session.id });
    let prs = session.prs;
    if (req.prUrl) {
      prs = session.prs.filter((p) => p.url === req.prUrl);
      if (prs.length === 0) throw checkoutError('CHECKOUT_PR_UNKNOWN', { sessionId: session.id, url: req.prUrl });
    }
    let firstError: unknown = null;
    for (const pr of prs) {
      const source = pullRequestSource(pr.url);
      if (!source?.remoteRef) {
        firstError ??= checkoutError('CHECKOUT_PR_UNSUPPORTED', { url: pr.url });
        continue;
      }
      const found = await search(session.id, source, req.repo, req.signal);
      const key = req.repo && 'key' in req.repo ? req.repo.key : null;
      const match = key ? found.matches.find((m) => repoKeyOf(m.root) === key) : found.matches[0];
      if (!match) {
        firstError ??= key && found.matches.length > 0 ? checkoutError('CHECKOUT_NO_LOCAL_REPO', { repo: source.slug, host: source.host }) : noRepoError(source, found, req.repo);
        continue;
      }
      const name = checkoutName(session.id, source.number, isFirstInRepo(session.prs, source));
      return { session, source, remoteRef: source.remoteRef, match, path: worktreePathFor(match.root, name), ref: checkoutRefFor(name) };
    }
    throw firstError ?? checkoutError('CHECKOUT_NO_PR', { sessionId: session.id });
  };

  const fetchHead = async (t: Target, outer?: AbortSignal): Promise<string> => {
    const timeout = AbortSignal.timeout(deps.fetchTimeoutMs ?? FETCH_TIMEOUT_MS);
    const signal = AbortSignal.any([scoped(outer), timeout]);
    try {
      const guard = await guardFetch(t.match.root, { ...gitOpt, signal });
      return await fetchPullRequest(guard, t.match.root, { url: t.match.remote.url, remoteRef: t.remoteRef, localRef: t.ref }, signal);
    } catch (err) {
      if (timeout.aborted && err instanceof AppError && err.code === 'CANCELLED') {
        throw checkoutError('CHECKOUT_FETCH_TIMEOUT', { minutes: Math.max(1, Math.round((deps.fetchTimeoutMs ?? FETCH_TIMEOUT_MS) / 60_000)) });
      }
      throw err;
    }
  };

  const registered = async (t: Target, signal?: AbortSignal): Promise<WorktreeEntry | null> => {
    const guard = await guardCheckout(t.match.root, { ...gitOpt, ...(signal ? { signal } : {}) });
    return findWorktree(await listWorktrees(guard, t.match.root, signal), t.path);
  };

  const stateOf = async (path: string, ref: string, signal?: AbortSignal): Promise<WorktreeState> =>
    readWorktreeState(await guardCheckout(path, { ...gitOpt, ...(signal ? { signal } : {}) }), path, ref, signal);

  const dirtyError = (t: Target, state: WorktreeState) =>
    checkoutError('CHECKOUT_DIRTY', { path: t.path, count: state.changeCount, files: state.changes.slice(0, 5).join(', ') }, { changes: state.changes, changeCount: state.changeCount });

  /** Fetch, then fast-forward the clean worktree at t.path (registered, present). */
  const updateExisting = async (t: Target, signal?: AbortSignal): Promise<CheckoutResult> => {
    const before = await stateOf(t.path, t.ref, signal);
    if (before.changeCount > 0) throw dirtyError(t, before);
    const head = await fetchHead(t, signal);
    const result = (outcome: CheckoutOutcome, at: string): CheckoutResult => ({ worktree: t.path, ref: t.ref, head: at, pr_url: t.source.url, outcome });
    if (head === before.head) return result('upToDate', head);
    const guard = await guardCheckout(t.path, { ...gitOpt, ...(signal ? { signal } : {}) });
    if (!(await isAncestor(guard, t.path, before.head, head, signal))) {
      throw checkoutError('CHECKOUT_NOT_FAST_FORWARD', { path: t.path, commits: before.localCommits }, { localCommits: before.localCommits });
    }
    // Checked again right before moving: the user may have started editing while we fetched.
    const now = await stateOf(t.path, t.ref, signal);
    if (now.changeCount > 0) throw dirtyError(t, now);
    await fastForward(guard, t.path, head, signal);
    return result('updated', head);
  };

  const checkoutTarget = async (t: Target, signal?: AbortSignal): Promise<CheckoutResult> => {
    const entry = await registered(t, signal);
    const present = await exists(t.path);
    if (entry && !entry.prunable && present) return updateExisting(t, signal);
    if (present && !(await isEmptyDir(t.path))) throw checkoutError('CHECKOUT_PATH_TAKEN', { path: t.path });
    const head = await fetchHead(t, signal);
    const guard = await guardCheckout(t.match.root, { ...gitOpt, ...(signal ? { signal } : {}) });
    await addWorktree(guard, t.match.root, t.path, head, entry !== null, signal);
    return { worktree: t.path, ref: t.ref, head, pr_url: t.source.url, outcome: 'created' };
  };

  const worktreeView = async (path: string, ref: string, root: string, signal?: AbortSignal): Promise<CheckoutWorktreeView> => {
    const state = await stateOf(path, ref, signal);
    const prHead = await readRef(await guardCheckout(root, { ...gitOpt, ...(signal ? { signal } : {}) }), root, ref, signal);
    return { path, head: state.head, prHead, changes: state.changes, changeCount: state.changeCount, localCommits: state.localCommits, token: lossToken(state) };
  };

  const prViewOf = async (session: CheckoutSession, pr: { url: string; state: string | null }, signal?: AbortSignal): Promise<CheckoutPrView> => {
    const source = pullRequestSource(pr.url);
    const base: CheckoutPrView = {
      prUrl: pr.url,
      label: source?.label ?? pr.url,
      state: pr.state,
      supported: Boolean(source?.remoteRef),
      repo: source?.slug ?? null,
      repos: [],
      repoKey: null,
      worktreePath: null,
      ref: null,
      worktree: null,
      refused: null,
    };
    if (!source?.remoteRef) return base;
    const found = await search(session.id, source, undefined, signal);
    const refused = found.refused[0];
    if (found.matches.length === 0 && refused) base.refused = { root: refused.root, remoteUrl: sanitizeRemoteUrl(refused.remote.url), reason: refused.reason };
    const name = checkoutName(session.id, source.number, isFirstInRepo(session.prs, source));
    base.repos = found.matches.map(
      (m): CheckoutRepoView => ({
        key: repoKeyOf(m.root),
        root: m.root,
        origin: m.origin,
        remoteName: m.remote.name,
        remoteUrl: sanitizeRemoteUrl(m.remote.url),
        worktreePath: worktreePathFor(m.root, name),
      }),
    );
    for (const m of found.matches) {
      const path = worktreePathFor(m.root, name);
      const t: Target = { session, source, remoteRef: source.remoteRef, match: m, path, ref: checkoutRefFor(name) };
      const entry = await registered(t, signal).catch(() => null);
      if (entry && !entry.prunable && (await exists(path))) {
        return { ...base, repoKey: repoKeyOf(m.root), worktreePath: path, ref: t.ref, worktree: await worktreeView(path, t.ref, m.root, signal) };
      }
    }
    const first = found.matches[0];
    if (first) Object.assign(base, { repoKey: repoKeyOf(first.root), worktreePath: worktreePathFor(first.root, name), ref: checkoutRefFor(name) });
    return base;
  };

  const withTarget = <R extends CheckoutRequest, T>(given: R, task: (t: Target, req: R) => Promise<T>): Promise<T> => {
    const req = { ...given, signal: scoped(given.signal) };
    return resolve(req).then((t) => serial(t.path, () => task(t, req)));
  };

  return {
    async status(sessionId, outer) {
      const signal = scoped(outer);
      const session = await deps.getSession(normalizeSessionId(sessionId));
      const prs: CheckoutPrView[] = [];
      for (const pr of session.prs) prs.push(await prViewOf(session, pr, signal));
      return { sessionId: session.id, prs };
    },

    checkout: (given) => withTarget(given, (t, req) => checkoutTarget(t, req.signal)),

    update: (given) =>
      withTarget(given, async (t, req) => {
        const entry = await registered(t, req.signal);
        if (!entry || entry.prunable || !(await exists(t.path))) throw checkoutError('CHECKOUT_NOT_FOUND', { path: t.path });
        return updateExisting(t, req.signal);
      }),

    remove: (given) =>
      withTarget(given, async (t, req) => {
        const entry = await registered(t, req.signal);
        const guard = await guardCheckout(t.match.root, { ...gitOpt, ...(req.signal ? { signal: req.signal } : {}) });
        if (entry && !entry.prunable && (await exists(t.path))) {
          const state = await stateOf(t.path, t.ref, req.signal);
          if (lossToken(state) !== req.token) throw checkoutError('CHECKOUT_CHANGED', { path: t.path });
          await removeWorktree(guard, t.match.root, t.path, state.changeCount > 0, req.signal);
        } else if (entry) {
          // Its folder was deleted by hand: drop the registration (git's own "remove" needs the folder).
          await removeWorktree(guard, t.match.root, t.path, true, req.signal).catch(() => undefined);
        }
        await deleteRef(guard, t.match.root, t.ref, req.signal);
      }),

    show: (given) =>
      withTarget(given, async (t, req) => {
        const entry = await registered(t, req.signal);
        if (!entry || entry.prunable || !(await exists(t.path))) throw checkoutError('CHECKOUT_NOT_FOUND', { path: t.path });
        if (!deps.shell) throw new AppError('INTERNAL', 'Not available here', {}, { detail: 'no file manager in this runtime' });
        if (req.how === 'reveal') deps.shell.showItemInFolder(t.path);
        else {
          // Electron's shell.openPath answers with an error message, or '' when the folder opened.
          const problem = await deps.shell.openPath(t.path);
          if (problem) throw new AppError('INTERNAL', problem, {}, { detail: problem });
        }
      }),

    async prView(sessionId, prUrl, outer) {
      const signal = scoped(outer);
      const session = await deps.getSession(normalizeSessionId(sessionId));
      const pr = session.prs.find((p) => p.url === prUrl);
      if (!pr) throw checkoutError('CHECKOUT_PR_UNKNOWN', { sessionId: session.id, url: prUrl });
      return prViewOf(session, pr, signal);
    },

    dispose() {
      life.abort();
    },
  };
}
