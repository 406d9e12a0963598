import { gitText, runGit, type GitRunOptions } from './git-runner';

/** HEAD, branch and upstream of a working tree (all read-only git calls). */
export interface RepoState {
  head: string | null;
  branch: string | null;
  /** Full ref of the upstream, e.g. `refs/remotes/origin/main` (null when none or gone). */
  upstreamRef: string | null;
  upstream: string | null;
  upstreamRemote: string | null;
  ahead: number | null;
  behind: number | null;
  /** Fetch URLs by remote name, in `git remote` order (insteadOf rewrites applied). */
  remotes: Array<{ name: string; url: string }>;
  /** Whether any remote-tracking branch (`refs/remotes/*`) exists: false when never fetched, or the remote is empty. */
  hasRemoteRefs: boolean;
}

type Run = Pick<GitRunOptions, 'guard' | 'cwd' | 'signal'>;

async function readBranch(run: Run): Promise<string | null> {
  const r = await runGit(['symbolic-ref', '-q', 'HEAD'], { ...run, okExitCodes: [0, 1] });
  if (r.exitCode !== 0) return null;
  const ref = r.stdout.toString('utf8').trim();
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}

/** Parses for-each-ref's `%(upstream:track,nobracket)`: "ahead 2, behind 1", "behind 3", "", "gone". */
export function parseTrack(track: string): { ahead: number; behind: number } | null {
  if (track.trim() === 'gone') return null;
  const ahead = /ahead (\d+)/.exec(track);
  const behind = /behind (\d+)/.exec(track);
  return { ahead: ahead ? Number(ahead[1]) : 0, behind: behind ? Number(behind[1]) : 0 };
}

async function readUpstream(run: Run, branch: string): Promise<Pick<RepoState, 'upstreamRef' | 'upstream' | 'upstreamRemote' | 'ahead' | 'behind'>> {
  const none = { upstreamRef: null, upstream: null, upstreamRemote: null, ahead: null, behind: null };
  const out = await gitText(
    ['for-each-ref', '--format=%(upstream)%00%(upstream:short)%00%(upstream:remotename)%00%(upstream:track,nobracket)', `refs/heads/${branch}`],
    run,
  );
  const [ref, short, remote, track] = out.split('\0');
  if (!ref) return none;
  const counts = parseTrack(track ?? '');
  // "gone": configured, but the remote-tracking branch does not exist (deleted, or never fetched).
  if (!counts) return { ...none, upstreamRemote: remote || null };
  return { upstreamRef: ref, upstream: short || ref, upstreamRemote: remote || null, ...counts };
}

/** Parses `git remote -v` into fetch URLs. */
export function parseRemoteList(text: string): Array<{ name: string; url: string }> {
  const out: Array<{ name: string; url: string }> = [];
  for (const line of text.split('\n')) {
    const m = /^(\S+)\t(.*) \(fetch\)$/.exec(line);
    if (m && !out.some((r) => r.name === m[1])) out.push({ name: m[1] as string, url: m[2] as string });
  }
  return out;
}

/** Reads branch, upstream with ahead/behind, and remotes (HEAD comes from locateRepo). */
export async function readRepoState(run: Run, head: string | null): Promise<RepoState> {
  const [branch, remotesText, remoteRef] = await Promise.all([
    readBranch(run),
    gitText(['remote', '-v'], run),
    gitText(['for-each-ref', '--count=1', '--format=%(refname)', 'refs/remotes'], run),
  ]);
  const upstream =
    branch && head
      ? await readUpstream(run, branch)
      : { upstreamRef: null, upstream: null, upstreamRemote: null, ahead: null, behind: null };
  return { head, branch, ...upstream, remotes: parseRemoteList(remotesText), hasRemoteRefs: remoteRef !== '' };
}
