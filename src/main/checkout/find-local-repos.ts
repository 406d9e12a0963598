import { guardRepo } from '../handoff/git-guard';
import { locateRepo } from '../handoff/locate-repo';
import type { PullRequestSource } from './pr-source';
import { readRemotes } from './read-remotes';
import { chooseRemoteFor, type NamedRemote, type UrlRefusal } from './remote-match';

/** Where a candidate folder came from: the session's handoff, the recent list, or the user's own choice (`--repo`). */
export type RepoOrigin = 'handoff' | 'recent' | 'given';

export interface RepoCandidate {
  path: string;
  origin: RepoOrigin;
}

/** A local repository with a remote for the pull request's repository. */
export interface LocalRepoMatch {
  root: string;
  origin: RepoOrigin;
  remote: NamedRemote;
}

export interface LocalRepoSearch {
  matches: LocalRepoMatch[];
  /** Repositories whose matching remote has a URL we do not fetch from (the reason for the first). */
  refused: Array<{ root: string; remote: NamedRemote; reason: UrlRefusal }>;
  /** A `given` folder that could not be read: the error (NOT_A_REPO, …). */
  givenError: unknown;
}

export interface FindOptions {
  git?: string;
  signal?: AbortSignal;
}

/**
 * The local repositories that can serve `pr`, in the order the candidates come (the handoff's
 * repository first), each once. A folder that is gone or no longer a repository is skipped
 * (recent lists go stale); one the user named is reported. For a `given` folder the host may
 * differ (an ssh alias); otherwise host and `owner/repo` must both match.
 */
export async function findLocalRepos(pr: Pick<PullRequestSource, 'host' | 'slug'>, candidates: readonly RepoCandidate[], options: FindOptions = {}): Promise<LocalRepoSearch> {
  const search: LocalRepoSearch = { matches: [], refused: [], givenError: null };
  const seen = new Set<string>();
  const opts = { ...(options.git ? { git: options.git } : {}), ...(options.signal ? { signal: options.signal } : {}) };
  for (const candidate of candidates) {
    let root: string;
    let remotes: NamedRemote[];
    try {
      root = (await locateRepo(candidate.path, opts)).root;
      if (seen.has(root)) continue;
      seen.add(root);
      remotes = await readRemotes(await guardRepo(root, opts), root, options.signal);
    } catch (err) {
      if (candidate.origin === 'given') search.givenError = err;
      continue;
    }
    const choice = chooseRemoteFor(pr, remotes, candidate.origin === 'given');
    if (choice.ok) search.matches.push({ root, origin: candidate.origin, remote: choice.remote });
    else for (const r of choice.refused) search.refused.push({ root, ...r });
  }
  return search;
}
