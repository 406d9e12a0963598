import type { GitGuard } from '../handoff/git-guard';
import { runGit } from '../handoff/git-runner';
import type { NamedRemote } from './remote-match';

/** `git config -z --get-regexp` output for `remote.<name>.url` keys (pure): the first URL of each remote, in config order. */
export function parseRemoteUrls(text: string): NamedRemote[] {
  const out: NamedRemote[] = [];
  for (const entry of text.split('\0')) {
    const nl = entry.indexOf('\n');
    if (nl < 0) continue;
    const key = entry.slice(0, nl);
    if (!key.startsWith('remote.') || !key.endsWith('.url')) continue;
    const name = key.slice('remote.'.length, -'.url'.length);
    if (name === '' || out.some((r) => r.name === name)) continue;
    out.push({ name, url: entry.slice(nl + 1) });
  }
  return out;
}

/** The remotes of the repository at `root` with their fetch URLs (reads config; runs nothing). */
export async function readRemotes(guard: GitGuard, root: string, signal?: AbortSignal): Promise<NamedRemote[]> {
  // Exit 1: no remote at all.
  const r = await runGit(['config', '-z', '--get-regexp', '^remote\\..*\\.url$'], { guard, cwd: root, signal, okExitCodes: [0, 1] });
  return parseRemoteUrls(r.stdout.toString('utf8'));
}
