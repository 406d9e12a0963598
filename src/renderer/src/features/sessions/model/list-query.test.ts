import { describe, expect, it } from 'vitest';
import { makeView } from '../testing/session-factories';
import { EMPTY_QUERY, facetsOf, filterSessions, isFiltering, principalIdOf } from './list-query';

const a = makeView({ id: 'devin-aaa', title: 'Fix login bug on Safari', tags: ['frontend', 'bug'], origin: 'slack', watched: true });
const b = makeView({ id: 'devin-bbb', title: '修复登录页面的错误', tags: ['后端'], origin: 'api' });
const c = makeView({ id: 'devin-ccc', title: null, tags: ['bug'], origin: 'webapp', prompt: 'Upgrade **React** to 19 in the checkout 页面' });
const d = makeView({ id: 'devin-ddd', title: 'Mine', userId: 'user-me' });
const e = makeView({ id: 'devin-eee', title: 'Made by my service user for someone', userId: 'user-other', serviceUserId: 'svc-me' });
const all = [a, b, c, d, e];
const ids = (q: Partial<typeof EMPTY_QUERY>, me: string | null = null) => filterSessions(all, { ...EMPTY_QUERY, ...q }, me).map((v) => v.id);

describe('filterSessions', () => {
  it('keeps everything without filters, in the given order', () => {
    expect(ids({})).toEqual(['devin-aaa', 'devin-bbb', 'devin-ccc', 'devin-ddd', 'devin-eee']);
  });

  it('searches the words of the prompt too (untitled or not)', () => {
    expect(ids({ text: 'react checkout' })).toEqual(['devin-ccc']);
    expect(ids({ text: '页面' })).toEqual(['devin-bbb', 'devin-ccc']); // title of one, prompt of the other
    expect(ids({ text: 'upgrade safari' })).toEqual([]);
  });

  it('searches title, id and tags, case-insensitively', () => {
    expect(ids({ text: 'SAFARI' })).toEqual(['devin-aaa']);
    expect(ids({ text: 'ccc' })).toEqual(['devin-ccc']);
    expect(ids({ text: 'BUG' })).toEqual(['devin-aaa', 'devin-ccc']);
  });

  it('matches Chinese as substrings, folds full-width input, and ANDs space-separated terms (incl. U+3000)', () => {
    expect(ids({ text: '登录' })).toEqual(['devin-bbb']);
    expect(ids({ text: 'ＳＡＦＡＲＩ' })).toEqual(['devin-aaa']);
    expect(ids({ text: 'login\u3000safari' })).toEqual(['devin-aaa']);
    expect(ids({ text: 'login chrome' })).toEqual([]);
    expect(ids({ text: '后端' })).toEqual(['devin-bbb']);
  });

  it('filters by scope, origin and ALL chosen tags', () => {
    expect(ids({ scope: 'watched' })).toEqual(['devin-aaa']);
    expect(ids({ origin: 'api' })).toEqual(['devin-bbb', 'devin-ddd', 'devin-eee']);
    expect(ids({ tags: ['bug'] })).toEqual(['devin-aaa', 'devin-ccc']);
    expect(ids({ tags: ['bug', 'frontend'] })).toEqual(['devin-aaa']);
  });

  it('"mine" needs the principal id and an owner on the view (its user or its service user)', () => {
    expect(ids({ scope: 'mine' }, 'user-me')).toEqual(['devin-ddd']);
    expect(ids({ scope: 'mine' }, 'svc-me')).toEqual(['devin-eee']);
    expect(ids({ scope: 'mine' }, null)).toEqual([]);
  });
});

describe('facets and helpers', () => {
  it('lists origins and tags, most frequent first', () => {
    expect(facetsOf(all)).toEqual({ origins: ['api', 'slack', 'webapp'], tags: ['bug', 'frontend', '后端'] });
  });

  it('knows when a query narrows the list', () => {
    expect(isFiltering(EMPTY_QUERY)).toBe(false);
    expect(isFiltering({ ...EMPTY_QUERY, text: '  ' })).toBe(false);
    expect(isFiltering({ ...EMPTY_QUERY, origin: 'api' })).toBe(true);
  });

  it('reads a principal id only when there is one', () => {
    expect(principalIdOf(null)).toBeNull();
    expect(principalIdOf({ type: 'pat_user', name: 'Ada' })).toBeNull();
    expect(principalIdOf({ type: 'pat_user', name: 'Ada', id: 'u1' })).toBe('u1');
    expect(principalIdOf({ type: 'pat_user', name: 'Ada', id: '' })).toBeNull();
  });
});
