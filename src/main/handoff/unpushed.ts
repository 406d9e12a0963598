import { gitText, runGit, type GitRunOptions } from './git-runner';
import { blockStarts, parseDiff } from './parse-diff';
import type { CommitPatch, UnpushedCommit } from './types';

type Run = Pick<GitRunOptions, 'guard' | 'cwd' | 'signal'>;

/** At most this many unpushed commits are listed (the count is exact). */
export const MAX_LISTED_COMMITS = 200;

/**
 * The revision range of commits no remote has: `<upstream>..HEAD` when the branch tracks one,
 * else HEAD minus every remote-tracking branch. Null when there is nothing to compare with: no
 * remote-tracking branch at all (which commits are unpushed is then unknown, not "all of them").
 */
export function unpushedRange(upstreamRef: string | null, hasRemoteRefs: boolean): string[] | null {
  if (upstreamRef) return [`${upstreamRef}..HEAD`];
  if (hasRemoteRefs) return ['HEAD', '--not', '--remotes'];
  return null;
}

/** Lists unpushed commits, oldest first (the newest MAX_LISTED_COMMITS). */
export async function listUnpushed(run: Run, range: string[]): Promise<UnpushedCommit[]> {
  const out = await gitText(['log', `-n${MAX_LISTED_COMMITS}`, '--format=%H%x1f%s%x1e', ...range, '--'], run);
  return out
    .split('\x1e')
    .map((rec) => rec.replace(/^\n/, ''))
    .filter(Boolean)
    .map((rec) => {
      const [sha, subject] = rec.split('\x1f');
      return { sha: sha ?? '', subject: subject ?? '' };
    })
    .reverse();
}

const MAIL_START = /^From ([0-9a-f]{40,64}) Mon Sep 17 00:00:00 2001$/gm;

/** Splits `git format-patch --stdout` output into per-commit patches (pure). */
export function parsePatchSeries(buf: Buffer, subjects: ReadonlyMap<string, string> = new Map()): CommitPatch[] {
  const text = buf.toString('latin1'); // byte-for-byte offsets; each part is re-read as UTF-8 below
  const starts: Array<{ at: number; sha: string }> = [];
  for (const m of text.matchAll(MAIL_START)) starts.push({ at: m.index, sha: m[1] as string });
  return starts.map(({ at, sha }, i) => {
    const end = starts[i + 1]?.at ?? buf.length;
    const first = blockStarts(buf, at, end)[0] ?? end;
    // format-patch ends each mail with one blank line after the last diff.
    const trailerLen = end - first >= 2 && buf[end - 1] === 10 && buf[end - 2] === 10 ? 1 : 0;
    const short = sha.slice(0, 12);
    const files = parseDiff(buf, { from: first, to: end - trailerLen, keyPrefix: `commit:${short}/` });
    return {
      sha,
      subject: subjects.get(sha) ?? '',
      preamble: buf.subarray(at, first).toString('utf8'),
      files,
      trailer: buf.subarray(end - trailerLen, end).toString('utf8'),
    };
  });
}

/**
 * The unpushed commits as `git format-patch` mails, oldest first (merge commits are skipped by git).
 * `--root` makes format-patch read `range` as rev-list does: without it, a range that names a single
 * commit (`HEAD --not --remotes` with no remote-tracking refs) is taken as `HEAD..HEAD`, i.e. nothing.
 */
export async function readPatches(run: Run, range: string[], commits: readonly UnpushedCommit[]): Promise<CommitPatch[]> {
  const r = await runGit(
    ['format-patch', '--stdout', '--root', '--no-signature', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/', ...range],
    { ...run, config: { 'format.coverLetter': 'false' } },
  );
  return parsePatchSeries(r.stdout, new Map(commits.map((c) => [c.sha, c.subject])));
}
