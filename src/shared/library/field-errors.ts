import type { FieldError } from '../errors';

/** Server field errors split into the ones a form can show beside a field and the rest. */
export interface PlacedFieldErrors<F extends string> {
  byField: Partial<Record<F, string>>;
  /** Errors about fields the form does not show (or with no field): shown at the top. */
  other: FieldError[];
}

/**
 * Places 422 field errors on the form's fields. Paths are matched by their first segment after
 * an optional `body.` (e.g. `body.frequency`, `tags.0` → `tags`); aliases map the docs example's
 * names onto ours (`cron_schedule` → `frequency`, `instructions` → `body`).
 */
export function placeFieldErrors<F extends string>(
  errors: readonly FieldError[] | undefined,
  fields: readonly F[],
  aliases: Readonly<Record<string, F>> = {},
): PlacedFieldErrors<F> {
  const byField: Partial<Record<F, string>> = {};
  const other: FieldError[] = [];
  for (const e of errors ?? []) {
    const segments = e.field.split('.').filter((s) => s !== '');
    if (segments[0] === 'body' && segments.length > 1) segments.shift();
    const head = segments[0] ?? '';
    const field = (fields as readonly string[]).includes(head) ? (head as F) : aliases[head];
    if (field === undefined) other.push(e);
    else byField[field] = byField[field] ? `${byField[field]}; ${e.message}` : e.message;
  }
  return { byField, other };
}
