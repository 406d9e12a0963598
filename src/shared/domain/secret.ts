import { z } from 'zod';
import { flag, openEnum, orNull, unixSeconds } from './fields';

/**
 * Org secrets (`secrets.list`, `SecretResponse`) and the limits of a session-only secret
 * (`session_secrets` of create-session). The API never returns a secret's value; neither does
 * anything in this app that crosses to the renderer.
 */

export const SECRET_TYPES = ['cookie', 'key-value', 'totp'] as const;
export const SECRET_ACCESS_TYPES = ['org', 'personal'] as const;

/** `SecretResponse`: what the org's secrets list shows (never a value). */
export const orgSecretSchema = z.object({
  secret_id: z.string(),
  key: orNull(z.string()),
  note: orNull(z.string()),
  secret_type: openEnum(SECRET_TYPES),
  access_type: orNull(openEnum(SECRET_ACCESS_TYPES)),
  is_sensitive: flag(true),
  created_at: orNull(unixSeconds),
  created_by: orNull(z.string()),
});
export type OrgSecret = z.output<typeof orgSecretSchema>;

/** Contract limits of one `session_secrets` item: key 1..256 characters, value at most 65536. */
export const SESSION_SECRET_KEY_MAX = 256;
export const SESSION_SECRET_VALUE_MAX = 65_536;

/** Why a key name cannot be used. */
export type SecretKeyProblem = 'empty' | 'tooLong' | 'chars';

/**
 * Checks a session secret's key name (pure). Beyond the contract's length limits, a name must be
 * an environment-variable name (`[A-Za-z_][A-Za-z0-9_]*`): Devin hands session secrets to the
 * session's machine, where a name like `stripe key` or `1TOKEN` could not be used from a shell.
 * Length is counted in code points, as the contract's JSON Schema `maxLength` is.
 */
export function checkSecretKeyName(key: string): SecretKeyProblem | null {
  if (key === '') return 'empty';
  if (Array.from(key).length > SESSION_SECRET_KEY_MAX) return 'tooLong';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return 'chars';
  return null;
}
