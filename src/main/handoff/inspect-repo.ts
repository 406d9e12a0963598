import { readChangeSet, type InspectProgress } from './change-set';
import { chooseRemote } from './choose-remote';
import { guardRepo } from './git-guard';
import { runGit } from './git-runner';
import { locateRepo } from './locate-repo';
import { repoFactUnits } from './repo-facts';
import { readRepoState } from './repo-state';
import { isHeadOnRemote, listUnpushed, readPatches, unpushedRange } from './unpushed';
import { patchScanUnits } from './resolutions';
import { labelOnRemote, scanForSecrets, scanUnit } from './scan-secrets';
import { markUnfiltered, unfilteredWarnings } from './unfiltered-files';
import type { Finding, HandoffWarning, RepoInspection } from './types';

export interface InspectOptions {
  /** Aborting kills the running git process; the promise rejects with CANCELLED. */
  signal?: AbortSignal;
  onProgress?: (p: InspectProgress) => void;
  /** Also read unpushed commits as `git format-patch` patches (off by default). */
  includeUnpushed?: boolean;
  /** The git executable (tests; default: git resolved from PATH, never inside the folder). */
  git?: string;
  /** git-lfs (tests: null as if it were not installed; default: resolved from PATH like git). */
  gitLfs?: string | null;
  /** Refuse change sets whose diff is larger than this many bytes (default 256 MiB). */
  maxDiffBytes?: number;
  /** Scan for secrets while the diff streams in, into `findings` (default true). */
  scan?: boolean;
}

/**
 * Reads everything a handoff needs from the repository containing `path` (any folder inside it):
 * root, remote slug, branch/upstream/ahead-behind, HEAD, the change set (tracked changes plus
 * untracked files, via a temporary index) and unpushed commits. Read-only for the user's repo.
 *
 * Every git call goes through a GitGuard (git-guard.ts): nothing the repository names (hooks,
 * fsmonitor, filters, diff drivers, signature programs) runs.
 *
 * Errors (AppError codes): NOT_A_FOLDER, NOT_A_REPO, BARE_REPO, DUBIOUS_OWNERSHIP,
 * WORKTREE_ELSEWHERE, GIT_CONFIG_UNSAFE, GIT_MISSING, GIT_TOO_OLD, GIT_FAILED, CHANGES_TOO_LARGE,
 * CANCELLED. Warnings (in the result): DETACHED_HEAD, NO_REMOTE, AMBIGUOUS_REMOTE,
 * REMOTE_NOT_HOSTED, NO_COMMITS, UNPUSHED_COMMITS, FILTER_NOT_RUN, LFS_MISSING, LFS_BLOCKED.
 */
export async function inspectRepo(path: string, options: InspectOptions = {}): Promise<RepoInspection> {
  options.onProgress?.({ phase: 'locate' });
  const loc = await locateRepo(path, options);
  const guard = await guardRepo(loc.root, { signal: options.signal, git: options.git, lfs: options.gitLfs });
  const run = { guard, cwd: loc.root, signal: options.signal };
  const scan = options.scan ?? true;
  const findings: Finding[] = [];
  // The change set (the slow part) runs alongside the branch/remote/upstream questions.
  const changeSet = readChangeSet({
    guard,
    root: loc.root,
    signal: options.signal,
    indexPath: loc.indexPath,
    head: loc.head,
    onProgress: options.onProgress,
    maxDiffBytes: options.maxDiffBytes,
    onFile: scan ? (f) => findings.push(...scanUnit(f)) : undefined,
  });
  changeSet.catch(() => undefined); // awaited below; avoid an unhandled rejection meanwhile
  const state = await readRepoState(run, loc.head);

  const warnings: HandoffWarning[] = [];
  const { remote, warning } = chooseRemote(state.remotes, state.upstreamRemote);
  if (warning) warnings.push(warning);
  const detached = state.branch === null && state.head !== null;
  if (detached) warnings.push({ code: 'DETACHED_HEAD', params: { sha: (state.head ?? '').slice(0, 12) } });
  if (state.head === null) warnings.push({ code: 'NO_COMMITS', params: {} });

  const hasRemotes = state.remotes.length > 0;
  const range = state.head ? unpushedRange(state.upstreamRef, hasRemotes && state.hasRemoteRefs) : null;
  const unpushedUnknown = state.head !== null && !state.upstreamRef && hasRemotes && !state.hasRemoteRefs;
  const [files, unpushed, headOnRemote] = await Promise.all([
    changeSet,
    range ? listUnpushed(run, range) : Promise.resolve([]),
    isHeadOnRemote(run, state.head, state.hasRemoteRefs),
  ]);
  const policy = guard.filters ?? { disabled: [], lfs: 'active' };
  const unfiltered = await markUnfiltered(files, policy, run);
  warnings.push(...unfilteredWarnings(unfiltered, policy));
  let unpushedCount = state.upstreamRef ? (state.ahead ?? 0) : 0;
  if (range && !state.upstreamRef) {
    const count = await runGit(['rev-list', '--count', ...range, '--'], run);
    unpushedCount = Number(count.stdout.toString('utf8').trim());
  }
  if (unpushedCount > 0) warnings.push({ code: 'UNPUSHED_COMMITS', params: { count: unpushedCount } });

  const inspection: RepoInspection = {
    root: loc.root,
    remote,
    repo: remote?.slug ?? null,
    branch: state.branch,
    detached,
    head: state.head,
    upstream: state.upstream,
    ahead: state.ahead,
    behind: state.behind,
    files,
    unpushed,
    unpushedCount,
    headOnRemote,
    warnings,
  };
  if (unpushedUnknown) inspection.unpushedUnknown = true;
  if (scan) findings.push(...scanForSecrets(repoFactUnits(inspection)));
  if (options.includeUnpushed && range && unpushed.length > 0) {
    options.onProgress?.({ phase: 'patches' });
    inspection.patches = await readPatches(run, range, unpushed);
    if (scan) findings.push(...scanForSecrets(patchScanUnits(inspection.patches)));
  }
  // A file whose filter did not run is listed, never inlined: what its content holds cannot block
  // a send, but its name still leaves (a secret-shaped name, a token in the name).
  const unsendable = new Set(files.filter((f) => f.unfilteredBy !== undefined).map((f) => f.key));
  const sent = findings.filter((f) => !unsendable.has(f.unitKey) || f.place === 'header' || f.place === 'file');
  if (scan) inspection.findings = labelOnRemote(sent, headOnRemote);
  options.onProgress?.({ phase: 'done' });
  return inspection;
}
