/** Values a query parameter may take; `undefined`/`null`/`[]` are left out. */
export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type QueryInput = Readonly<Record<string, QueryValue>>;

/**
 * Encodes query parameters. Arrays become repeated parameters (`tags=a&tags=b`, as the SDK and
 * community clients send them); booleans become `true`/`false`. Keys keep their given order.
 * Returns `''` or a string starting with `?`.
 */
export function encodeQuery(params: QueryInput | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const v of value as readonly (string | number)[]) search.append(key, String(v));
    } else {
      search.append(key, String(value));
    }
  }
  const s = search.toString();
  return s === '' ? '' : `?${s}`;
}
