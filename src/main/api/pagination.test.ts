import { describe, expect, it } from 'vitest';
import type { Page } from '../../shared/domain/page';
import { collectCursorPages, collectOffsetPages } from './pagination';

const page = <T>(items: T[], end_cursor: string | null, has_next_page: boolean, total: number | null = null): Page<T> => ({
  items,
  end_cursor,
  has_next_page,
  total,
});

describe('collectCursorPages', () => {
  it('follows end_cursor until has_next_page is false', async () => {
    const pages: Record<string, Page<number>> = { start: page([1, 2], 'c1', true), c1: page([3], 'c2', true), c2: page([4], null, false) };
    const seen: (string | undefined)[] = [];
    const r = await collectCursorPages(async (after) => {
      seen.push(after);
      return pages[after ?? 'start']!;
    });
    expect(r).toEqual({ items: [1, 2, 3, 4], complete: true });
    expect(seen).toEqual([undefined, 'c1', 'c2']);
  });

  it('stops at maxPages and says it is incomplete', async () => {
    let n = 0;
    const r = await collectCursorPages(async () => page([n], `c${++n}`, true), 3);
    expect(r).toEqual({ items: [0, 1, 2], complete: false });
  });

  it('stops on a repeated cursor or a missing one instead of looping', async () => {
    expect(await collectCursorPages(async () => page([1], 'same', true), 10)).toEqual({ items: [1, 1], complete: false });
    expect(await collectCursorPages(async () => page([1], null, true), 10)).toEqual({ items: [1], complete: false });
  });
});

describe('collectOffsetPages', () => {
  const data = [1, 2, 3, 4, 5];
  const fetchPage = (limit: number, flag: 'has_next' | 'total') => async (offset: number) => {
    const items = data.slice(offset, offset + limit);
    const more = offset + items.length < data.length;
    return flag === 'has_next' ? page(items, null, more) : page(items, null, false, data.length);
  };

  it('advances the offset by the items received (has_next_page)', async () => {
    expect(await collectOffsetPages(fetchPage(2, 'has_next'))).toEqual({ items: data, complete: true });
  });

  it('uses total when has_next_page is absent', async () => {
    expect(await collectOffsetPages(fetchPage(2, 'total'))).toEqual({ items: data, complete: true });
  });

  it('stops on an empty page that claims more', async () => {
    expect(await collectOffsetPages(async () => page([], null, true))).toEqual({ items: [], complete: false });
  });
});
