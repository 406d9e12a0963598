import { z } from 'zod';

/** One page of a list endpoint (cursor-paginated; schedules use the same shape with offsets). */
export interface Page<T> {
  items: T[];
  /** Cursor for the next page; null on the last page. */
  end_cursor: string | null;
  has_next_page: boolean;
  /** The server may omit it "for performance". */
  total: number | null;
}

/** Schema for `Page<T>` given the item schema. A bare array is read as a single, last page. */
export function pageSchema<T extends z.ZodType>(item: T): z.ZodType<Page<z.output<T>>> {
  const envelope = z.object({
    items: z.array(item),
    end_cursor: z.string().nullish(),
    has_next_page: z.boolean().nullish(),
    total: z.number().nullish(),
  });
  return z.union([
    envelope.transform((p) => ({
      items: p.items,
      end_cursor: p.end_cursor ?? null,
      has_next_page: p.has_next_page ?? false,
      total: p.total ?? null,
    })),
    z.array(item).transform((items) => ({ items, end_cursor: null, has_next_page: false, total: items.length })),
  ]);
}

/** Cursor pagination query (`first` is 1–200 on the endpoints seen, default 100). */
export interface CursorParams {
  first?: number;
  after?: string | null;
}
