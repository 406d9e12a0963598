import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { foldersOf, resolveExecutable } from './git-executable';
import { gitEnvironment } from './git-environment';
import { fetchPolicy, parseScopedConfigList } from './git-network';
import { runGit } from './git-runner';
import { handoffError } from './handoff-error';

/**
 * Git that never runs a repository's programs. A repository (its .git/config, the files that
 * config includes, its hooks, its .gitattributes) can name programs for git to start: an
 * fsmonitor, hooks, filter drivers, diff drivers, signature programs, pagers. A folder from a
 * download or a link must not be able to run anything by being inspected, so every git call goes
 * through a GitGuard:
 *
 * - git itself is an absolute path found on PATH, never in the folder;
 * - git's environment is an allow-list (git-environment.ts): no API key, no D-Bus address;
 * - the command line overrides every key that would start a program (`-c` outranks every config
 *   file), including each filter, diff and merge driver the repository's config defines, read
 *   first with `git config --list --includes` (which reads, and runs nothing);
 * - Git LFS, the one filter people rely on, runs as the system's own git-lfs by absolute path.
 *
 * A guard is only made here (openGit, guardRepo; guardCheckout and guardFetch for #16's checkout),
 * and runGit takes nothing else.
 */
export interface GitGuard {
  /** Absolute path of the git executable. */
  readonly git: string;
  /** `key=value` pairs given with `-c` after everything else on every call (so they win). */
  readonly config: readonly (readonly [string, string])[];
  readonly env: Readonly<Record<string, string>>;
  /** What the repository's filters become (null until guardRepo has read its config). */
  readonly filters: FilterPolicy | null;
  /** Brand: only this module makes guards. */
  readonly [GUARD]: true;
}

declare const GUARD: unique symbol;

/** How content that the repository filters is read. */
export interface FilterPolicy {
  /** Filter drivers the repository's config defines; none of their programs runs. */
  disabled: readonly string[];
  /**
   * Git LFS: `active` (the system's git-lfs, by absolute path, so diffs show LFS pointers as
   * `git diff` does), `missing` (git-lfs is not installed) or `blocked` (the config names LFS
   * extensions, programs git-lfs would start, so git-lfs is not run either).
   */
  lfs: 'active' | 'missing' | 'blocked';
}

/** The oldest git that honours every override below (core.hooksPath, core.fsmonitor, protocol rules). */
export const MIN_GIT_VERSION = [2, 20] as const;

/** More drivers than this and the command line would not fit everywhere (Windows: 32 KiB). */
const MAX_DRIVERS = 200;

let hooksDir: string | null = null;

/**
 * A folder of our own that stays empty, for core.hooksPath: git looks for hooks there and finds
 * none (the repository's .git/hooks and any hooksPath it sets are never read).
 */
function emptyHooksDir(): string {
  if (hooksDir) return hooksDir;
  const dir = mkdtempSync(join(tmpdir(), 'devin-tray-no-hooks-'));
  hooksDir = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Keys overridden on every call, whatever the repository says. Empty values switch a program off
 * (an empty filter command is no filter; an empty gpg program cannot start). The pager is also
 * off by `--no-pager` and GIT_PAGER; external diff and textconv by `--no-ext-diff --no-textconv`
 * on each diff-producing command (an empty diff.external would be an error, not "none").
 */
export function staticOverrides(hooks: string): Array<[string, string]> {
  return [
    ['core.fsmonitor', 'false'],
    ['core.hooksPath', hooks],
    ['core.pager', 'cat'],
    ['gpg.program', ''],
    ['gpg.openpgp.program', ''],
    ['gpg.x509.program', ''],
    ['gpg.ssh.program', ''],
    ['gpg.ssh.defaultKeyCommand', ''],
    ['log.showSignature', 'false'],
    ['submodule.recurse', 'false'],
    ['protocol.allow', 'never'],
  ];
}

/** `git config --list -z` output as key/value pairs (pure; a key alone has the value null). */
export function parseConfigList(text: string): Array<{ key: string; value: string | null }> {
  return text
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const nl = entry.indexOf('\n');
      return nl < 0 ? { key: entry, value: null } : { key: entry.slice(0, nl), value: entry.slice(nl + 1) };
    });
}

/** Quotes a path for the shell git runs filter commands with (sh, also in Git for Windows). */
export function shQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export type RepoOverrides = { ok: true; config: Array<[string, string]>; policy: FilterPolicy } | { ok: false; detail: string };

/**
 * The per-repository overrides (pure): every filter, diff and merge driver that any config git
 * reads defines gets its commands emptied; `lfs` (the absolute path of the system's git-lfs, or
 * null) is then defined by us, unless the config names LFS extensions. A driver whose name cannot
 * be written as `-c name.key=value` (it holds `=`) cannot be switched off: the repository is refused.
 */
export function repoOverrides(entries: ReadonlyArray<{ key: string }>, lfs: string | null): RepoOverrides {
  const filters = new Set<string>();
  const diffs = new Set<string>();
  const merges = new Set<string>();
  let lfsExtensions = false;
  for (const { key } of entries) {
    const m = /^(filter|diff|merge)\.(.+)\.[^.]+$/.exec(key);
    if (m) (m[1] === 'filter' ? filters : m[1] === 'diff' ? diffs : merges).add(m[2] as string);
    if (/^lfs\.extension\..+\.[^.]+$/.test(key)) lfsExtensions = true;
  }
  const all = [...filters, ...diffs, ...merges];
  const bad = all.find((name) => name.includes('='));
  if (bad !== undefined) return { ok: false, detail: `a driver is named "${bad}"` };
  if (all.length > MAX_DRIVERS) return { ok: false, detail: `${all.length} drivers` };

  const config: Array<[string, string]> = [];
  for (const name of filters) {
    config.push([`filter.${name}.clean`, ''], [`filter.${name}.smudge`, ''], [`filter.${name}.process`, ''], [`filter.${name}.required`, 'false']);
  }
  for (const name of diffs) config.push([`diff.${name}.command`, ''], [`diff.${name}.textconv`, ''], [`diff.${name}.cachetextconv`, 'false']);
  for (const name of merges) config.push([`merge.${name}.driver`, '']);

  let state: FilterPolicy['lfs'] = lfs ? 'active' : 'missing';
  if (lfs && lfsExtensions) state = 'blocked';
  if (state === 'active' && lfs) {
    const bin = shQuote(lfs);
    config.push(
      ['filter.lfs.clean', `${bin} clean -- %f`],
      ['filter.lfs.smudge', `${bin} smudge -- %f`],
      ['filter.lfs.process', `${bin} filter-process`],
      ['filter.lfs.required', 'true'],
    );
  }
  const disabled = [...filters].filter((name) => !(name === 'lfs' && state === 'active'));
  return { ok: true, config, policy: { disabled, lfs: state } };
}

/** `git version 2.39.5` → [2, 39] (pure); null when unreadable. */
export function parseGitVersion(text: string): [number, number] | null {
  const m = /git version (\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

const versions = new Map<string, Promise<string>>();

function makeGuard(git: string, config: ReadonlyArray<readonly [string, string]>, env: Record<string, string>, filters: FilterPolicy | null): GitGuard {
  return { git, config, env, filters } as unknown as GitGuard;
}

export interface OpenGitOptions {
  signal?: AbortSignal;
  /** The git executable (tests point it at a missing file); default: resolved from PATH. */
  git?: string;
}

/**
 * The guard for looking at `folder` before its repository's config is read (enough for
 * rev-parse and `git config`, which start no filter). Errors: GIT_MISSING, GIT_TOO_OLD.
 */
export async function openGit(folder: string, options: OpenGitOptions = {}): Promise<GitGuard> {
  const git = options.git ?? resolveExecutable('git', folder);
  if (!git || !isAbsolute(git)) throw handoffError('GIT_MISSING');
  const env = gitEnvironment(process.env, process.platform, foldersOf(folder));
  const hooks = emptyHooksDir();
  const guard = makeGuard(git, staticOverrides(hooks), env, null);
  await requireVersion(guard, MIN_GIT_VERSION, options.signal);
  return guard;
}

/** Throws GIT_TOO_OLD unless the guard's git is at least `min` (asked once per executable). */
async function requireVersion(guard: GitGuard, min: readonly [number, number], signal?: AbortSignal): Promise<void> {
  let version = versions.get(guard.git);
  if (!version) {
    // Asked from our own empty folder: `git version` reads no repository.
    version = runGit(['version'], { guard, cwd: emptyHooksDir(), signal }).then((r) => r.stdout.toString('utf8').trim());
    versions.set(guard.git, version);
    version.catch(() => versions.delete(guard.git));
  }
  const text = await version;
  const parsed = parseGitVersion(text);
  if (!parsed || parsed[0] < min[0] || (parsed[0] === min[0] && parsed[1] < min[1])) {
    throw handoffError('GIT_TOO_OLD', { version: text.replace(/^git version /, ''), min: min.join('.') });
  }
}

/**
 * The guard for every other call in the repository whose top folder is `root`: the base guard
 * plus the per-repository overrides. Errors: GIT_CONFIG_UNSAFE, and git's own (a broken config file: GIT_FAILED).
 */
export async function guardRepo(root: string, options: OpenGitOptions & { lfs?: string | null } = {}): Promise<GitGuard> {
  // Opened again for the top folder: PATH entries inside it are left out too (the folder first
  // inspected may have been a sub-folder of it).
  const base = await openGit(root, options);
  const listed = await runGit(['config', '--list', '--includes', '-z'], { guard: base, cwd: root, signal: options.signal });
  const lfs = options.lfs === undefined ? resolveExecutable('git-lfs', root) : options.lfs;
  const result = repoOverrides(parseConfigList(listed.stdout.toString('utf8')), lfs);
  if (!result.ok) throw handoffError('GIT_CONFIG_UNSAFE', { path: root, detail: result.detail }, { path: root });
  return makeGuard(base.git, [...base.config, ...result.config], { ...base.env }, result.policy);
}

/** The oldest git a checkout works with (`fetch --no-write-fetch-head`, `config --show-scope`). */
export const MIN_CHECKOUT_GIT_VERSION = [2, 29] as const;

async function checkoutBase(root: string, options: OpenGitOptions & { lfs?: string | null }): Promise<GitGuard> {
  const guard = await guardRepo(root, options);
  await requireVersion(guard, MIN_CHECKOUT_GIT_VERSION, options.signal);
  return guard;
}

/**
 * The guard for writing files from commits into a new or existing worktree of `root` (#16's
 * checkout): guardRepo's, and Git LFS leaves pointer files rather than downloading content (its
 * download would ask for credentials with the repository's own helpers; `git lfs pull` in the
 * worktree is the user's call).
 */
export async function guardCheckout(root: string, options: OpenGitOptions & { lfs?: string | null } = {}): Promise<GitGuard> {
  const guard = await checkoutBase(root, options);
  return makeGuard(guard.git, guard.config, { ...guard.env, GIT_LFS_SKIP_SMUDGE: '1' }, guard.filters);
}

/**
 * The guard for one fetch in the repository `root`: guardCheckout's, plus the network a fetch
 * needs, on the user's own settings only (git-network.ts decides; the repository's config is read
 * first, with scopes, and runs nothing). Errors: GIT_NETWORK_CONFIG_UNSAFE naming the keys the
 * repository sets that a fetch cannot honour, and guardRepo's.
 */
export async function guardFetch(root: string, options: OpenGitOptions & { lfs?: string | null } = {}): Promise<GitGuard> {
  const guard = await guardCheckout(root, options);
  const listed = await runGit(['config', '--list', '--includes', '--show-scope', '-z'], { guard, cwd: root, signal: options.signal });
  const policy = fetchPolicy(parseScopedConfigList(listed.stdout.toString('utf8')), process.env);
  if (!policy.ok) throw handoffError('GIT_NETWORK_CONFIG_UNSAFE', { path: root, keys: policy.keys.join(', ') }, { path: root, keys: policy.keys });
  return makeGuard(guard.git, [...guard.config, ...policy.config], { ...guard.env, ...policy.env }, guard.filters);
}
