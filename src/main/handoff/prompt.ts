import { displayPath } from './diffstat';
import { chooseFence } from './request-fields';
import type { LeftOutFile, RepoInspection } from './types';

/**
 * The prompt's documented shape (plain text, English for the agent, byte-for-byte deterministic):
 *
 *     Repo: owner/repo (branch: feature/x)          ← or a no-remote / detached / no-commits variant
 *
 *     <the task, as typed>
 *
 *     Session secrets: A, B hold values taken out…  ← only when values go as session secrets
 *
 *     Uncommitted changes:
 *     Base: <HEAD sha> (<upstream facts>)           ← what the diff applies on
 *      <diffstat of EVERY changed file, with totals>
 *
 *     ```diff                                        ← fence longer than any backtick run inside
 *     <the included diff: applies with `git apply` on HEAD>
 *     ```
 *
 *     Not included in the diff above (whole files):  ← only when something was left out
 *     - path: reason
 *
 *     Unpushed commits (…apply with `git am` first): ← only when chosen
 *     ```patch
 *     <git format-patch mails, oldest first>
 *     ```
 */

/** The first line: where the work is. */
export function repoLine(i: Pick<RepoInspection, 'repo' | 'root' | 'branch' | 'head' | 'detached' | 'remote' | 'warnings'>): string {
  const where = i.detached ? `detached HEAD at ${(i.head ?? '').slice(0, 12)}` : `branch: ${i.branch ?? 'unknown'}`;
  const unborn = i.head === null ? ', no commits yet' : '';
  if (i.repo) return `Repo: ${i.repo} (${where}${unborn})`;
  const name = i.root.replace(/[/\\]+$/, '').split(/[/\\]/).pop() ?? i.root;
  return `Repo: local repository "${name}", ${remoteFact(i)} (${where}${unborn})`;
}

/**
 * Why there is no `owner/repo` to name. A remote's URL stays out of the prompt: for a local path
 * it would only tell Devin about this machine's folders.
 */
function remoteFact(i: Pick<RepoInspection, 'remote' | 'warnings'>): string {
  if (i.remote) return `its remote "${i.remote.name}" is not a hosted repository`;
  if (i.warnings.some((w) => w.code === 'AMBIGUOUS_REMOTE')) return 'several remotes, none of them origin or tracked';
  return 'no remote';
}

/** The line saying what the diff applies on. */
export function baseLine(i: Pick<RepoInspection, 'head' | 'upstream' | 'ahead' | 'behind' | 'unpushedCount' | 'unpushedUnknown'>): string {
  if (i.head === null) return 'Base: no commits yet; every file is new (diff against the empty tree)';
  const facts: string[] = [];
  if (i.upstream) facts.push(`tracking ${i.upstream}: ${i.ahead ?? 0} ahead, ${i.behind ?? 0} behind`);
  else facts.push('no upstream branch');
  if (i.unpushedUnknown) facts.push('no remote-tracking branches, so which commits are not on the remote is unknown');
  if (i.unpushedCount > 0) facts.push(`${i.unpushedCount} commit${i.unpushedCount === 1 ? '' : 's'} not on the remote`);
  return `Base: ${i.head} (${facts.join('; ')})`;
}

const REASONS: Record<LeftOutFile['reason'], (f: LeftOutFile) => string> = {
  filter: (f) =>
    f.driver === 'lfs' ? 'Git LFS file, git-lfs was not run here, not inlined' : `the repository's "${f.driver ?? '?'}" filter was not run on it, not inlined`,
  binary: (f) => `binary file${f.size !== undefined ? ` (${f.size} bytes)` : ''}, not inlined`,
  'not-utf8': () => 'not UTF-8 text, not inlined',
  excluded: () => 'left out by the user (possible secret)',
  budget: (f) => `${f.generated ? 'lock/generated file, ' : ''}over the size budget (${f.bytes} bytes of diff)`,
};

export interface PromptParts {
  inspection: Pick<RepoInspection, 'repo' | 'root' | 'branch' | 'head' | 'detached' | 'remote' | 'warnings' | 'upstream' | 'ahead' | 'behind' | 'unpushedCount' | 'unpushedUnknown'>;
  task: string;
  diffstat: string;
  diff: string;
  leftOut: readonly LeftOutFile[];
  /** Files left out whose names may not be shown (a secret in the name): counted, never named. */
  withheld?: number;
  /** Files whose removed or unchanged lines carry a redaction marker (their hunks do not apply verbatim). */
  oldLinesRedacted?: readonly string[];
  /** format-patch mails to include (may be empty). */
  patches: string;
  /** Notes about unpushed commits that were asked for but not included. */
  patchNote: string | null;
  hasChanges: boolean;
  /** Names of the session secrets sent with the prompt (their values are not in it). */
  sessionSecrets?: readonly string[];
  /** A session secret's value spans several lines. */
  multilineSecrets?: boolean;
}

/** The one line that tells Devin where the values taken out of the prompt are. */
export function sessionSecretsLine(keys: readonly string[], multiline: boolean): string {
  const lines = multiline ? ' A value over several lines is marked on its first line; its other lines are left empty.' : '';
  return `Session secrets: ${keys.join(', ')} hold values taken out of this prompt; «secret:NAME» marks where the value of NAME was.${lines}`;
}

/** Renders the prompt (pure). */
export function renderPrompt(p: PromptParts): string {
  const out: string[] = [repoLine(p.inspection), '', p.task.trim()];
  if (p.sessionSecrets && p.sessionSecrets.length > 0) out.push('', sessionSecretsLine(p.sessionSecrets, p.multilineSecrets === true));
  out.push('', 'Uncommitted changes:');
  if (!p.hasChanges) {
    out.push('none (the working tree matches HEAD)');
  } else {
    out.push(baseLine(p.inspection));
    out.push(p.diffstat.replace(/\n$/, ''));
    if (p.diff !== '') {
      const fence = chooseFence(p.diff);
      out.push('', `${fence}diff`, p.diff.replace(/\n$/, ''), fence);
    }
    const withheld = p.withheld ?? 0;
    if (p.leftOut.length > 0 || withheld > 0) {
      const all = withheld === 0 ? '; the list of changes above has them all' : '';
      out.push('', `Not included in the diff above (whole files${all}):`);
      for (const f of p.leftOut) out.push(`- ${displayPath(f.path)}: ${REASONS[f.reason](f)}`);
      if (withheld > 0) out.push(`- ${withheld} more file${withheld === 1 ? '' : 's'}, not named here or in the list of changes: left out by the user (the name holds a possible secret)`);
    }
  }
  if (p.oldLinesRedacted && p.oldLinesRedacted.length > 0) {
    out.push(
      '',
      `Possible secrets were ${p.sessionSecrets?.length ? 'taken out (marked «redacted:…» or «secret:…»)' : 'redacted (marked «redacted:…»)'} in removed or unchanged lines of: ${p.oldLinesRedacted.map(displayPath).join(', ')}. Those hunks do not apply verbatim; apply them by hand or with \`git apply --reject\`.`,
    );
  }
  if (p.patches !== '') {
    const fence = chooseFence(p.patches);
    out.push('', 'Unpushed commits (not on the remote; apply them with `git am` before the diff above):');
    out.push(`${fence}patch`, p.patches.replace(/\n$/, ''), fence);
  }
  if (p.patchNote) out.push('', p.patchNote);
  return `${out.join('\n')}\n`;
}
