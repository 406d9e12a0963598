import { redactSecrets as redactKeyShapes } from '../security/redact';

/** What replaces a configured key whose shape the key pattern would miss (key-shaped text becomes `cog_…(redacted)`). */
export const REDACTED = '…(redacted)';

/**
 * Removes API keys from text meant for logs or error messages: anything shaped like a key (with
 * the app-wide marker of security/redact.ts), and the configured key itself, in case it has an
 * unusual shape.
 */
export function redactSecrets(text: string, knownSecret?: string): string {
  let out = text;
  if (knownSecret && knownSecret.length >= 4) out = out.split(knownSecret).join(REDACTED);
  return redactKeyShapes(out);
}
