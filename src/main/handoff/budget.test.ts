import { describe, expect, it } from 'vitest';
import { isGeneratedPath, planBudget } from './budget';
import { formatDiffstat } from './diffstat';
import { chooseFence, makeTags, makeTitle } from './request-fields';
import type { FileChange } from './types';

const item = (path: string, bytes: number) => ({ key: path, path, bytes });

describe('planBudget', () => {
  it.each([
    ['everything fits', [item('a.ts', 10), item('b.ts', 20)], 30, ['a.ts', 'b.ts'], []],
    ['lock files go first', [item('src/a.ts', 40), item('package-lock.json', 30), item('src/b.ts', 40)], 80, ['src/a.ts', 'src/b.ts'], ['package-lock.json']],
    ['then the largest', [item('small.ts', 10), item('big.ts', 100), item('mid.ts', 50)], 60, ['small.ts', 'mid.ts'], ['big.ts']],
    ['generated before larger hand-written', [item('dist/app.js', 20), item('src/huge.ts', 70)], 75, ['src/huge.ts'], ['dist/app.js']],
    ['one large drop is enough', [item('a.ts', 50), item('b.ts', 45), item('c.ts', 10)], 60, ['b.ts', 'c.ts'], ['a.ts']],
    ['refills what fits after all', [item('yarn.lock', 10), item('a.ts', 50), item('b.ts', 20)], 60, ['yarn.lock', 'b.ts'], ['a.ts']],
    ['nothing fits', [item('a.ts', 50)], 10, [], ['a.ts']],
    ['ties break by path', [item('b.ts', 30), item('a.ts', 30)], 30, ['b.ts'], ['a.ts']],
  ])('%s', (_, items, max, included, leftOut) => {
    const plan = planBudget(items, max);
    expect(plan.included).toEqual(included);
    expect(plan.leftOut).toEqual(leftOut);
    expect(plan.includedBytes).toBeLessThanOrEqual(max);
  });

  it.each([
    ['package-lock.json', true],
    ['web/yarn.lock', true],
    ['pnpm-lock.yaml', true],
    ['static/app.min.js', true],
    ['static/app.js.map', true],
    ['dist/index.js', true],
    ['vendor/lib/x.go', true],
    ['api/service.pb.go', true],
    ['src/index.ts', false],
    ['docs/distribution.md', false],
  ])('isGeneratedPath(%s) = %s', (path, expected) => {
    expect(isGeneratedPath(path)).toBe(expected);
  });
});

describe('makeTitle', () => {
  it.each([
    ['Fix the login bug', 'Fix the login bug'],
    ['\n\n  Fix   spaced\ttext  \nsecond line', 'Fix spaced text'],
    ['x'.repeat(100), 'x'.repeat(100)],
    ['x'.repeat(101), `${'x'.repeat(99)}…`],
    [`${'word '.repeat(30)}end`, `${'word '.repeat(19)}word…`],
    ['👍🏽'.repeat(120), `${'👍🏽'.repeat(99)}…`],
  ])('%j → %j', (task, title) => {
    expect(makeTitle(task)).toBe(title);
    expect([...new Intl.Segmenter().segment(makeTitle(task))].length).toBeLessThanOrEqual(100);
  });
});

describe('small request fields', () => {
  it('dedupes tags with handoff first', () => {
    expect(makeTags(['b', 'handoff', ' a ', '', 'b'])).toEqual(['handoff', 'b', 'a']);
  });

  it('chooses a fence longer than any backtick run', () => {
    expect(chooseFence('no ticks')).toBe('```');
    expect(chooseFence('+ ```js\n+ ````')).toBe('`````');
  });
});

describe('formatDiffstat', () => {
  const change = (p: Partial<FileChange> & { path: string }): FileChange => ({
    key: p.path,
    status: 'modified',
    binary: false,
    utf8: true,
    added: 0,
    removed: 0,
    bytes: 0,
    diffText: '',
    ...p,
  });

  it('lists every file with counts, binaries with their size, and totals', () => {
    const text = formatDiffstat([
      change({ path: 'src/a.ts', added: 3, removed: 1 }),
      change({ path: 'new.txt', status: 'untracked', added: 2 }),
      change({ path: 'logo.png', binary: true, size: 2048 }),
      change({ path: 'b.txt', oldPath: 'a.txt', status: 'renamed' }),
      change({ path: 'run.sh', status: 'mode', oldMode: '100644', newMode: '100755' }),
    ]);
    expect(text).toBe(
      [
        ' src/a.ts                       | 4 +++-',
        ' new.txt (new, untracked)       | 2 ++',
        ' logo.png                       | Bin 2048 bytes',
        ' a.txt => b.txt                 | 0',
        ' run.sh (mode 100644 -> 100755) | 0',
        ' 5 files changed, 5 insertions(+), 1 deletion(-)',
        '',
      ].join('\n'),
    );
  });
});
