import { z } from 'zod';
import { toSeconds } from './timestamps';

/**
 * Field schemas shared by the domain types. The API documents many fields as "optional or
 * null"; we read both as `null` so consumers check one thing, and we never fail on a value
 * we do not know yet (new enum members, new fields).
 */

/**
 * A string enum that stays open: known values give editor completion, unknown ones still
 * parse (the API adds members over time, e.g. `creating`).
 */
export function openEnum<const T extends readonly string[]>(_known: T) {
  return z.string().transform((s): T[number] | (string & {}) => s);
}

/** Missing, `null` or a value: read as value-or-null. */
export function orNull<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((v): z.output<T> | null => v ?? null);
}

/** A string list that may be missing or null: read as `[]`. */
export const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

/** Unix seconds. Also accepts ms, numeric strings and ISO strings, and normalises to seconds. */
export const unixSeconds = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const s = toSeconds(v);
  if (s === null) {
    ctx.addIssue({ code: 'custom', message: `not a timestamp: ${String(v).slice(0, 40)}` });
    return z.NEVER;
  }
  return s;
});

/** Optional boolean with a default (missing or null → default). */
export function flag(defaultValue: boolean) {
  return z
    .boolean()
    .nullish()
    .transform((v) => v ?? defaultValue);
}
