import { ApiError, type ApiErrorDetails } from './api-error';

/** What a withheld value reads as in an error message. */
export const WITHHELD = '«withheld»';

/** A prefix this long of a value is the value (a server may cut an echo short, e.g. at 200 characters). */
const PREFIX = 8;
/** Shorter values are replaced only whole and only from this length (a 1-character value would garble every message). */
const SHORTEST = 4;

/** The forms a value can take in an echo: as is, JSON-escaped, and each line of a multi-line value. */
function formsOf(value: string): string[] {
  const forms = new Set<string>([value, JSON.stringify(value).slice(1, -1)]);
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= PREFIX) forms.add(line);
  return [...forms].filter((f) => f.length >= SHORTEST);
}

/**
 * Replaces every occurrence of the values in `text` (pure). A value of at least 8 characters is
 * also caught when only its start was echoed: from its first 8 characters, as far as the text
 * goes on matching it.
 */
export function withholdValues(text: string, values: readonly string[]): string {
  let out = text;
  for (const form of values.flatMap(formsOf).sort((a, b) => b.length - a.length)) {
    if (form.length < PREFIX) {
      out = out.split(form).join(WITHHELD);
      continue;
    }
    const head = form.slice(0, PREFIX);
    let at = out.indexOf(head);
    while (at !== -1) {
      let end = at + PREFIX;
      while (end < out.length && end - at < form.length && out[end] === form[end - at]) end += 1;
      out = `${out.slice(0, at)}${WITHHELD}${out.slice(end)}`;
      at = out.indexOf(head, at + WITHHELD.length);
    }
  }
  return out;
}

function withholdDeep(value: unknown, values: readonly string[]): unknown {
  if (typeof value === 'string') return withholdValues(value, values);
  if (Array.isArray(value)) return value.map((v) => withholdDeep(v, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withholdDeep(v, values)]));
  }
  return value;
}

/**
 * The error with the values taken out of its message and details: what a server echoes of a
 * request (a 422 quoting the input) must not reach a log, a notice or the renderer. Other errors
 * pass through unchanged.
 */
export function withholdInError(err: unknown, values: readonly string[]): unknown {
  if (values.length === 0 || !(err instanceof ApiError)) return err;
  return new ApiError(err.code, withholdValues(err.message, values), withholdDeep(err.details, values) as ApiErrorDetails);
}
