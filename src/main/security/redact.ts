/** Devin keys: `cog_` followed by the secret (letters, digits, `_`, `-`). Legacy `apk_`/`apk_user_` too. */
const KEY_PATTERN = /(cog|apk)_[A-Za-z0-9_-]+/g;

/**
 * Replaces anything that looks like a Devin API key with `cog_…(redacted)`, for logs and error
 * details. Only the prefix survives, so a reader can tell a key was there.
 */
export function redactSecrets(text: string): string {
  return text.replace(KEY_PATTERN, (_m, prefix: string) => `${prefix}_…(redacted)`);
}
