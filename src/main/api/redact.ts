import { DEVIN_KEY_PATTERN } from '../security/redact';

/** Marker that replaces secrets. */
export const REDACTED = '[REDACTED]';

/**
 * Removes API keys from text meant for logs or error messages: anything shaped like a key, and
 * the configured key itself (in case it has an unusual shape).
 */
export function redactSecrets(text: string, knownSecret?: string): string {
  let out = text;
  if (knownSecret && knownSecret.length >= 4) out = out.split(knownSecret).join(REDACTED);
  return out.replace(DEVIN_KEY_PATTERN, REDACTED);
}
