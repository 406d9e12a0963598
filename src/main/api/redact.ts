/** Anything that looks like a Devin key (v3 `cog_`, legacy `apk_`/`apk_user_`). */
const KEY_PATTERN = /\b(cog|apk)_[A-Za-z0-9_\-.]+/g;

/** Marker that replaces secrets. */
export const REDACTED = '[REDACTED]';

/**
 * Removes API keys from text meant for logs or error messages: anything shaped like a key, and
 * the configured key itself (in case it has an unusual shape).
 */
export function redactSecrets(text: string, knownSecret?: string): string {
  let out = text;
  if (knownSecret && knownSecret.length >= 4) out = out.split(knownSecret).join(REDACTED);
  return out.replace(KEY_PATTERN, REDACTED);
}
