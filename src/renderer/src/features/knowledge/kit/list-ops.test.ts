import { describe, expect, it } from 'vitest';
import { appendUnique, removeWhere, replaceWhere, restoreAt } from './list-ops';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };
const same = (x: { id: string }, y: { id: string }) => x.id === y.id;

describe('list ops', () => {
  it('removes and restores at the same place', () => {
    const r = removeWhere([a, b, c], (x) => x.id === 'b');
    expect(r).toEqual({ list: [a, c], removed: b, index: 1 });
    expect(restoreAt(r.list, b, r.index, same)).toEqual([a, b, c]);
    expect(restoreAt([a, b, c], b, 0, same)).toEqual([a, b, c]);
    expect(restoreAt([], b, 5, same)).toEqual([b]);
  });

  it('replaces and appends without duplicates', () => {
    expect(replaceWhere([a, b], (x) => x.id === 'b', { id: 'b', v: 1 } as { id: string })).toEqual([a, { id: 'b', v: 1 }]);
    expect(appendUnique([a, b], [b, c], (x) => x.id)).toEqual([a, b, c]);
  });
});
