import { describe, expect, it } from 'vitest';
import { parseCheckAttr, unfilteredDrivers, unfilteredWarnings } from './unfiltered-files';

describe('unfiltered files (pure)', () => {
  const attrs = parseCheckAttr(
    ['a.txt', 'filter', 'crypt', 'b.bin', 'filter', 'lfs', 'c.md', 'filter', 'unspecified', 'd', 'filter', 'set', 'e', 'filter', 'unset', 'f.txt', 'filter', 'other', ''].join('\0'),
  );

  it('parseCheckAttr reads path, attribute, value triples', () => {
    expect([...attrs]).toEqual([
      ['a.txt', 'crypt'],
      ['b.bin', 'lfs'],
      ['c.md', 'unspecified'],
      ['d', 'set'],
      ['e', 'unset'],
      ['f.txt', 'other'],
    ]);
  });

  it.each([
    ['git-lfs active: only the disabled repository drivers', { disabled: ['crypt'], lfs: 'active' as const }, [['a.txt', 'crypt']]],
    ['git-lfs missing: LFS files too', { disabled: ['crypt'], lfs: 'missing' as const }, [['a.txt', 'crypt'], ['b.bin', 'lfs']]],
    ['git-lfs blocked: LFS files too', { disabled: ['crypt', 'lfs'], lfs: 'blocked' as const }, [['a.txt', 'crypt'], ['b.bin', 'lfs']]],
    ['a driver no config defines runs nowhere, so nothing changes for it', { disabled: [], lfs: 'active' as const }, []],
  ])('%s', (_name, policy, expected) => {
    expect([...unfilteredDrivers(attrs, policy)]).toEqual(expected);
  });

  it('warnings count files per kind', () => {
    const unfiltered = new Map([
      ['a.txt', 'crypt'],
      ['g.txt', 'crypt'],
      ['h', 'zz'],
      ['b.bin', 'lfs'],
    ]);
    expect(unfilteredWarnings(unfiltered, { disabled: ['crypt', 'zz'], lfs: 'missing' })).toEqual([
      { code: 'FILTER_NOT_RUN', params: { count: 3, drivers: 'crypt, zz' } },
      { code: 'LFS_MISSING', params: { count: 1 } },
    ]);
    expect(unfilteredWarnings(new Map([['b.bin', 'lfs']]), { disabled: ['lfs'], lfs: 'blocked' })).toEqual([{ code: 'LFS_BLOCKED', params: { count: 1 } }]);
    expect(unfilteredWarnings(new Map(), { disabled: [], lfs: 'active' })).toEqual([]);
  });
});
