import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { RecentRepo } from '../../shared/ipc/channels/handoff';
import { writeFileAtomic } from '../settings/atomic-write';

/** How many recent repositories are remembered. */
export const RECENT_REPOS_MAX = 8;

/** Puts `entry` first, drops an older entry for the same path, keeps at most `max` (pure). */
export function addRecentRepo(list: readonly RecentRepo[], entry: RecentRepo, max = RECENT_REPOS_MAX): RecentRepo[] {
  return [entry, ...list.filter((r) => r.path !== entry.path)].slice(0, max);
}

/** Keeps only well-formed entries of a parsed file (a hand-edited or damaged file is not fatal). */
export function parseRecentRepos(raw: unknown): RecentRepo[] {
  const items = (raw as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  const out: RecentRepo[] = [];
  for (const item of items) {
    const r = item as Partial<RecentRepo> | null;
    if (!r || typeof r.path !== 'string' || r.path === '' || typeof r.usedAt !== 'string') continue;
    if (out.some((o) => o.path === r.path)) continue;
    out.push({ path: r.path, repo: typeof r.repo === 'string' ? r.repo : null, usedAt: r.usedAt });
  }
  return out.slice(0, RECENT_REPOS_MAX);
}

export interface RecentRepos {
  list(): Promise<RecentRepo[]>;
  add(entry: RecentRepo): Promise<RecentRepo[]>;
  forget(path: string): Promise<RecentRepo[]>;
}

/**
 * Recent repositories in a small JSON file (`{ version: 1, items }`), written atomically. Writes
 * run one after another, so two quick inspections cannot lose each other's entry.
 */
export function createRecentRepos(file: string): RecentRepos {
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<RecentRepo[]> => {
    try {
      return parseRecentRepos(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      return []; // missing or unreadable: start over rather than fail the screen
    }
  };
  const update = (change: (list: RecentRepo[]) => RecentRepo[]): Promise<RecentRepo[]> => {
    const next = queue.then(async () => {
      const list = change(await read());
      await mkdir(dirname(file), { recursive: true });
      await writeFileAtomic(file, `${JSON.stringify({ version: 1, items: list }, null, 2)}\n`);
      return list;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    list: () => queue.then(read),
    add: (entry) => update((list) => addRecentRepo(list, entry)),
    forget: (path) => update((list) => list.filter((r) => r.path !== path)),
  };
}
