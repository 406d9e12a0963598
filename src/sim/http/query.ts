import { fieldError } from './problem';

/**
 * Query-string readers with FastAPI-like 422s. Array parameters take the repeated form only
 * (`tags=a&tags=b`), as FastAPI reads `list[str]`: `tags=a,b` is one tag "a,b".
 */

/** All values of a repeatable parameter, empties dropped; undefined if absent. */
export function queryList(q: URLSearchParams, name: string): string[] | undefined {
  const raw = q.getAll(name);
  if (raw.length === 0) return undefined;
  return raw.filter((v) => v.length > 0);
}

/** A string parameter (last value wins), undefined if absent or empty. */
export function queryString(q: URLSearchParams, name: string): string | undefined {
  const v = q.get(name);
  return v === null || v === '' ? undefined : v;
}

/** An integer parameter within [min, max]. */
export function queryInt(q: URLSearchParams, name: string, opts: { min?: number; max?: number } = {}): number | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  if (!/^-?\d+$/.test(v.trim())) throw fieldError(['query', name], 'Input should be a valid integer', 'int_parsing');
  const n = Number(v);
  if (opts.min !== undefined && n < opts.min) {
    throw fieldError(['query', name], `Input should be greater than or equal to ${opts.min}`, 'greater_than_equal');
  }
  if (opts.max !== undefined && n > opts.max) {
    throw fieldError(['query', name], `Input should be less than or equal to ${opts.max}`, 'less_than_equal');
  }
  return n;
}

/** A boolean parameter: true/false/1/0/yes/no (FastAPI's spellings). */
export function queryBool(q: URLSearchParams, name: string): boolean | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  const s = v.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(s)) return true;
  if (['false', '0', 'no', 'off'].includes(s)) return false;
  throw fieldError(['query', name], 'Input should be a valid boolean', 'bool_parsing');
}
