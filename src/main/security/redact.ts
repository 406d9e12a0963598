/**
 * Anything shaped like a Devin key: v3 `cog_`, legacy `apk_`/`apk_user_`, even glued to a word. The one definition
 * behind every redaction: app logs and error details here, and the API client's request log (api/redact.ts).
 */
export const DEVIN_KEY_PATTERN = /(cog|apk)_[A-Za-z0-9_\-.]+/g;

/**
 * Replaces anything that looks like a Devin API key with `cog_…(redacted)`, for logs and error
 * details. Only the prefix survives, so a reader can tell a key was there.
 */
export function redactSecrets(text: string): string {
  return text.replace(DEVIN_KEY_PATTERN, (_m, prefix: string) => `${prefix}_…(redacted)`);
}
