import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addRecentRepo, createRecentRepos, parseRecentRepos, RECENT_REPOS_MAX } from './recent-repos';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempFile = () => {
  const d = mkdtempSync(join(tmpdir(), 'handoff-recent-'));
  dirs.push(d);
  return join(d, 'sub', 'handoff-recent.json');
};

describe('recent repositories', () => {
  it('adds newest first, without duplicates, at most the maximum', () => {
    let list = addRecentRepo([], { path: '/a', repo: 'o/a', usedAt: at(1) });
    list = addRecentRepo(list, { path: '/b', repo: null, usedAt: at(2) });
    list = addRecentRepo(list, { path: '/a', repo: 'o/a', usedAt: at(3) });
    expect(list.map((r) => [r.path, r.usedAt])).toEqual([['/a', at(3)], ['/b', at(2)]]);
    for (let i = 0; i < 20; i += 1) list = addRecentRepo(list, { path: `/r${i}`, repo: null, usedAt: at(10 + i) });
    expect(list).toHaveLength(RECENT_REPOS_MAX);
    expect(list[0]?.path).toBe('/r19');
  });

  it('keeps only well-formed entries of a damaged file', () => {
    expect(parseRecentRepos(null)).toEqual([]);
    expect(parseRecentRepos({ items: 'x' })).toEqual([]);
    expect(parseRecentRepos({ items: [{ path: '/a', usedAt: at(1), repo: 7 }, { path: '' }, 3, { path: '/a', usedAt: at(2) }] })).toEqual([
      { path: '/a', repo: null, usedAt: at(1) },
    ]);
  });

  it('persists, forgets, and starts over from a corrupt file', async () => {
    const file = tempFile();
    const store = createRecentRepos(file);
    expect(await store.list()).toEqual([]);
    await Promise.all([store.add({ path: '/a', repo: null, usedAt: at(1) }), store.add({ path: '/b', repo: 'o/b', usedAt: at(2) })]);
    expect((await createRecentRepos(file).list()).map((r) => r.path)).toEqual(['/b', '/a']);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);
    expect((await store.forget('/b')).map((r) => r.path)).toEqual(['/a']);
    writeFileSync(file, '{not json');
    expect(await store.list()).toEqual([]);
    expect((await store.add({ path: '/c', repo: null, usedAt: at(3) })).map((r) => r.path)).toEqual(['/c']);
  });
});
