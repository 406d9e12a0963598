import { gitText, runGit, type GitRunOptions } from './git-runner';
import { parseDiff } from './parse-diff';
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

/**
 * Whether HEAD is contained in a remote-tracking branch: then the lines HEAD holds (a diff's removed
 * and context lines) are already on the remote. False with no commits or no remote-tracking branch.
 */
export async function isHeadOnRemote(run: Run, head: string | null, hasRemoteRefs: boolean): Promise<boolean> {
  if (head === null || !hasRemoteRefs) return false;
  const out = await gitText(['rev-list', '-n1', 'HEAD', '--not', '--remotes', '--'], run);
  return out === '';
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

/** The first line of each mail of `git format-patch` (a fixed date marks git's own mbox lines). */
function mailStartLine(sha: string): Buffer {
  return Buffer.from(`From ${sha} Mon Sep 17 00:00:00 2001\n`);
}

/** The last `From <sha> …` line that starts a line and begins before `end`; -1 if none. */
function lastMailStart(buf: Buffer, sha: string, end: number): number {
  const needle = mailStartLine(sha);
  if (end < needle.length) return -1; // (a negative offset would search from the buffer's end)
  for (let at = buf.lastIndexOf(needle, end - needle.length); at !== -1; at = at === 0 ? -1 : buf.lastIndexOf(needle, at - 1)) {
    if (at === 0 || buf[at - 1] === 10) return at;
  }
  return -1;
}

/**
 * Cuts `git diff-tree --stdin --always` output into each commit's diff. Every section starts with
 * the commit id on a line of its own, which no diff line can be (each has a marker or a header word).
 */
export function splitDiffTree(buf: Buffer, shas: readonly string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const starts: Array<{ sha: string; at: number; body: number }> = [];
  let pos = 0;
  for (const sha of shas) {
    const needle = Buffer.from(`${sha}\n`);
    let at = buf.indexOf(needle, pos);
    while (at > 0 && buf[at - 1] !== 10) at = buf.indexOf(needle, at + 1);
    if (at === -1) continue;
    starts.push({ sha, at, body: at + needle.length });
    pos = at + needle.length;
  }
  starts.forEach((s, i) => out.set(s.sha, buf.subarray(s.body, starts[i + 1]?.at ?? buf.length)));
  return out;
}

/**
 * Splits `git format-patch --stdout` output into per-commit patches (pure), at its REAL separators:
 * walking back from the end, each mail starts at the LAST `From <sha> Mon Sep 17 00:00:00 2001` line
 * of its own commit id before the next mail. Nothing in a commit's own mail can hold its own id
 * (the message, names and diff are all inside the hash), so a forged `From …` or `diff --git` line
 * in a message never moves a cut. Inside a mail, the diff is the commit's diff as `git diff-tree`
 * printed it (`diffs`): when the mail ends with exactly those bytes, the rest is the message; when
 * it does not (some configuration changed git's output), the whole mail is kept as one message,
 * which is scanned as plain text, line by line, all the same. Bytes outside every mail are dropped
 * (they are never sent).
 * `order` is the series order (oldest first, as format-patch printed it).
 */
export function parsePatchSeries(
  buf: Buffer,
  order: readonly string[],
  diffs: ReadonlyMap<string, Buffer>,
  subjects: ReadonlyMap<string, string> = new Map(),
): CommitPatch[] {
  const out: CommitPatch[] = [];
  let end = buf.length;
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const sha = order[k] as string;
    const diff = diffs.get(sha);
    if (!diff || diff.length === 0) continue; // format-patch omits commits that change nothing
    const start = lastMailStart(buf, sha, end);
    if (start === -1) continue;
    out.push(splitMail(buf, start, end, sha, diff, subjects.get(sha) ?? ''));
    end = start;
  }
  return out.reverse();
}

/** One mail [start, end): message + the commit's diff + format-patch's separator line. */
function splitMail(buf: Buffer, start: number, end: number, sha: string, diff: Buffer, subject: string): CommitPatch {
  const mail = buf.subarray(start, end);
  const short = sha.slice(0, 12);
  for (const trailer of ['\n', '']) {
    const tail = Buffer.concat([diff, Buffer.from(trailer)]);
    if (mail.length >= tail.length && mail.subarray(mail.length - tail.length).equals(tail)) {
      const first = start + mail.length - tail.length;
      return {
        sha,
        subject,
        preamble: buf.subarray(start, first).toString('utf8'),
        files: parseDiff(buf, { from: first, to: end - trailer.length, keyPrefix: `commit:${short}/` }),
        trailer,
      };
    }
  }
  return { sha, subject, preamble: mail.toString('utf8'), files: [], trailer: '', opaque: true };
}

/**
 * Diff options both commands get, so that format-patch's diff and diff-tree's are the same bytes:
 * renames found, our own prefixes, no colour, no external diff or textconv, binary files named only
 * (format-patch would otherwise inline them as base85 `GIT binary patch` data, which the scanner
 * cannot read).
 */
const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', '--src-prefix=a/', '--dst-prefix=b/'];

/** `git format-patch` as the handoff runs it (before the range). */
export const FORMAT_PATCH_ARGS: readonly string[] = [
  'format-patch', '--stdout', '--root', '--topo-order', '--no-signature', '--no-binary', '--no-encode-email-headers',
  '--no-notes', '--no-attach', '--no-thread', '--no-base', ...DIFF_OPTIONS,
];

/**
 * The unpushed commits as `git format-patch` mails, oldest first (merge commits are skipped by git).
 * `--root` makes format-patch read `range` as rev-list does: without it, a range that names a single
 * commit (`HEAD --not --remotes` with no remote-tracking refs) is taken as `HEAD..HEAD`, i.e. nothing.
 * Headers are not Q-encoded (`--no-encode-email-headers`): a token in a non-ASCII subject stays
 * readable to the scanner. Three calls: the commit ids in series order (rev-list), the mails, and
 * each commit's diff on its own (diff-tree), which tells where each message ends.
 */
export async function readPatches(run: Run, range: string[], commits: readonly UnpushedCommit[]): Promise<CommitPatch[]> {
  const order = (await gitText(['rev-list', '--reverse', '--topo-order', '--no-merges', ...range, '--'], run)).split('\n').filter(Boolean);
  if (order.length === 0) return [];
  const [mails, diffs] = await Promise.all([
    runGit([...FORMAT_PATCH_ARGS, ...range], { ...run, config: { 'format.coverLetter': 'false' } }),
    runGit(['diff-tree', '--stdin', '--always', '-p', '--root', ...DIFF_OPTIONS], { ...run, input: `${order.join('\n')}\n` }),
  ]);
  return parsePatchSeries(mails.stdout, order, splitDiffTree(diffs.stdout, order), new Map(commits.map((c) => [c.sha, c.subject])));
}
