import type { Page } from '../../shared/domain/page';

/** Everything a "list all" call gathered, and whether it reached the last page. */
export interface ListAllResult<T> {
  items: T[];
  /** False when `maxPages` stopped the walk, or the server's cursor did not advance. */
  complete: boolean;
}

export interface ListAllOptions {
  /** Upper bound on requests (default 50). */
  maxPages?: number;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_PAGES = 50;

/** Walks cursor pages (`after` ← `end_cursor`) until the last page or `maxPages`. */
export async function* cursorPages<T>(
  fetchPage: (after: string | undefined) => Promise<Page<T>>,
  maxPages = DEFAULT_MAX_PAGES,
): AsyncGenerator<Page<T>, boolean> {
  const seen = new Set<string>();
  let after: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage(after);
    yield page;
    if (!page.has_next_page) return true;
    // A next page without a cursor, or a repeated cursor, cannot be followed without looping.
    if (page.end_cursor === null || seen.has(page.end_cursor)) return false;
    seen.add(page.end_cursor);
    after = page.end_cursor;
  }
  return false;
}

/** Collects all items of a cursor-paginated list. */
export async function collectCursorPages<T>(
  fetchPage: (after: string | undefined) => Promise<Page<T>>,
  maxPages = DEFAULT_MAX_PAGES,
): Promise<ListAllResult<T>> {
  return collect(cursorPages(fetchPage, maxPages));
}

/** Walks offset pages (schedules): next offset = offset + items received. */
export async function* offsetPages<T>(
  fetchPage: (offset: number) => Promise<Page<T>>,
  maxPages = DEFAULT_MAX_PAGES,
  startOffset = 0,
): AsyncGenerator<Page<T>, boolean> {
  let offset = startOffset;
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage(offset);
    yield page;
    offset += page.items.length;
    const more = page.has_next_page || (page.total !== null && offset < page.total);
    if (!more) return true;
    if (page.items.length === 0) return false;
  }
  return false;
}

/** Collects all items of an offset-paginated list. */
export async function collectOffsetPages<T>(
  fetchPage: (offset: number) => Promise<Page<T>>,
  maxPages = DEFAULT_MAX_PAGES,
): Promise<ListAllResult<T>> {
  return collect(offsetPages(fetchPage, maxPages));
}

async function collect<T>(pages: AsyncGenerator<Page<T>, boolean>): Promise<ListAllResult<T>> {
  const items: T[] = [];
  for (;;) {
    const next = await pages.next();
    if (next.done) return { items, complete: next.value };
    items.push(...next.value.items);
  }
}
