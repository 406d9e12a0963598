import type { FilterPolicy } from './git-guard';
import { runGit, type GitRunOptions } from './git-runner';
import type { FileChange, HandoffWarning } from './types';

/** `git check-attr -z <attr>` output as path → value (pure). Records are `path NUL attr NUL value NUL`. */
export function parseCheckAttr(out: string): Map<string, string> {
  const parts = out.split('\0');
  const values = new Map<string, string>();
  for (let i = 0; i + 2 < parts.length; i += 3) values.set(parts[i] as string, parts[i + 2] as string);
  return values;
}

/**
 * The filter driver, per path, whose program did not run (pure): a driver the repository's config
 * defines (switched off by the guard), or `lfs` when git-lfs is missing or blocked. Such a file's
 * diff shows it as it is on disk, not as git would store it (for git-crypt, the plain text; for
 * LFS, the content instead of the pointer), so it is listed, never inlined.
 */
export function unfilteredDrivers(filterAttrs: ReadonlyMap<string, string>, policy: FilterPolicy): Map<string, string> {
  const out = new Map<string, string>();
  const disabled = new Set(policy.disabled);
  for (const [path, driver] of filterAttrs) {
    if (driver === 'unspecified' || driver === 'unset' || driver === 'set') continue;
    if (driver === 'lfs' ? policy.lfs !== 'active' : disabled.has(driver)) out.set(path, driver);
  }
  return out;
}

/** The warnings that say which files were left out and why (pure). */
export function unfilteredWarnings(unfiltered: ReadonlyMap<string, string>, policy: FilterPolicy): HandoffWarning[] {
  const drivers = [...new Set(unfiltered.values())];
  const others = drivers.filter((d) => d !== 'lfs');
  const lfsCount = [...unfiltered.values()].filter((d) => d === 'lfs').length;
  const warnings: HandoffWarning[] = [];
  if (others.length > 0) {
    warnings.push({ code: 'FILTER_NOT_RUN', params: { count: unfiltered.size - lfsCount, drivers: others.sort().join(', ') } });
  }
  if (lfsCount > 0) warnings.push({ code: policy.lfs === 'blocked' ? 'LFS_BLOCKED' : 'LFS_MISSING', params: { count: lfsCount } });
  return warnings;
}

/**
 * Marks the changed files whose filter did not run (`unfilteredBy`), asking git which filter each
 * file's attributes name (`check-attr` reads attributes and runs nothing). Deleted files and
 * submodules are skipped: their old side is what git stored.
 */
export async function markUnfiltered(
  files: FileChange[],
  policy: FilterPolicy,
  run: Pick<GitRunOptions, 'guard' | 'cwd' | 'signal'>,
): Promise<Map<string, string>> {
  if (policy.disabled.length === 0 && policy.lfs === 'active') return new Map();
  const paths = [...new Set(files.filter((f) => f.status !== 'deleted' && f.status !== 'submodule').map((f) => f.path))];
  if (paths.length === 0) return new Map();
  const r = await runGit(['check-attr', '-z', '--stdin', 'filter'], { ...run, input: paths.map((p) => `${p}\0`).join('') });
  const unfiltered = unfilteredDrivers(parseCheckAttr(r.stdout.toString('utf8')), policy);
  for (const f of files) {
    const driver = unfiltered.get(f.path);
    if (driver !== undefined && f.status !== 'deleted' && f.status !== 'submodule') f.unfilteredBy = driver;
  }
  return unfiltered;
}
