import type { SerializedError } from '../../../../../shared/errors';
import { hasMessage, translate } from '../../../../../shared/i18n';
import type { Locale } from '../../../../../shared/i18n';

const MISSING = '\u0000';

/**
 * Pure: a download job's error in the UI's language. Jobs arrive as push events (not through the
 * router, which localizes replies), so the message is rebuilt from `error.<code>` and the details,
 * which carry its placeholders. Unknown codes, or details that leave a placeholder empty, keep
 * main's own (English) text rather than show a sentence with a hole in it.
 */
export function jobErrorText(error: SerializedError, locale: Locale): string {
  const key = `error.${error.code}`;
  if (!hasMessage(key)) return error.message;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(error.details ?? {})) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  if (params['detail'] === undefined || params['detail'] === '') params['detail'] = error.message;
  const probe = new Proxy(params, { get: (target, name) => (typeof name === 'string' && name in target ? target[name] : MISSING) });
  const text = translate(locale, key, probe);
  return text.includes(MISSING) ? error.message : text;
}
