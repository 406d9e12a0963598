import { BodyFields } from '../http/body-fields';
import { ProblemError } from '../http/problem';
import { requirePermission } from '../auth';
import type { Principal } from '../keys';
import type { SessionSecretRecord } from '../types';

/** VM platform labels the sim knows; anything else is a 400 listing them (as the API does). */
export const SIM_PLATFORMS = ['linux', 'windows'] as const;
/** `devin_mode` per the contract (omitted = the org's default). */
const DEVIN_MODES = ['normal', 'fast'] as const;

/** The validated fields of `SessionCreateRequest` that shape the session record. */
export interface CreateSessionFields {
  prompt: string;
  title: string | null;
  tags: string[];
  repos: string[];
  playbook_id: string | null;
  attachment_urls: string[];
  user_id: string | null;
  /** `session_secrets` as received (`sensitive` defaults to true, per the contract). */
  session_secrets: SessionSecretRecord[];
}

/** What the sim shows in place of a session secret's value (the created-request echo). */
export const WITHHELD_VALUE = '«withheld»';

/**
 * The create body as the sim keeps and echoes it: each `session_secrets` value replaced by
 * WITHHELD_VALUE. The values live only in the session record (in-process), never in a response.
 */
export function withholdSessionSecrets(body: Record<string, unknown>): Record<string, unknown> {
  const list = body.session_secrets;
  if (!Array.isArray(list)) return body;
  return {
    ...body,
    session_secrets: list.map((item: unknown) =>
      item !== null && typeof item === 'object' && 'value' in item ? { ...(item as Record<string, unknown>), value: WITHHELD_VALUE } : item,
    ),
  };
}

function checkSessionSecrets(f: BodyFields): SessionSecretRecord[] {
  const v = f.body.session_secrets;
  const out: SessionSecretRecord[] = [];
  if (v === undefined || v === null) return out;
  if (!Array.isArray(v)) {
    f.fail('session_secrets', 'Input should be a valid list', 'list_type');
    return out;
  }
  v.forEach((item: unknown, i) => {
    const s = item as { key?: unknown; value?: unknown; sensitive?: unknown } | null;
    const ok =
      s !== null && typeof s === 'object' &&
      typeof s.key === 'string' && [...s.key].length >= 1 && [...s.key].length <= 256 &&
      typeof s.value === 'string' && [...s.value].length <= 65536 &&
      (s.sensitive === undefined || typeof s.sensitive === 'boolean');
    // The message names the limits, never the value.
    if (!ok) f.issues.push({ loc: ['body', 'session_secrets', i], msg: 'Expected {key (1-256 chars), value (<= 65536 chars), sensitive?: bool}', type: 'value_error' });
    else out.push({ key: s.key as string, value: s.value as string, sensitive: (s.sensitive as boolean | undefined) ?? true });
  });
  return out;
}

/**
 * Validates a create-session body (every field of §4.1 is type-checked; all are kept verbatim
 * in the session's `createRequest`). 422 lists every bad field; unknown `platform` is a 400.
 */
export function parseCreateSessionBody(body: Record<string, unknown>, principal: Principal): CreateSessionFields {
  const f = new BodyFields(body);
  const prompt = f.requiredString('prompt');
  const title = f.optString('title');
  const tags = f.optStringArray('tags');
  const repos = f.optStringArray('repos');
  const playbook_id = f.optString('playbook_id');
  f.optString('child_playbook_id');
  f.optStringArray('knowledge_ids');
  f.optStringArray('secret_ids');
  const sessionSecrets = checkSessionSecrets(f);
  const maxAcu = f.optNumber('max_acu_limit', true);
  if (typeof maxAcu === 'number' && maxAcu <= 0) f.fail('max_acu_limit', 'Input should be greater than 0', 'greater_than');
  const attachment_urls = f.optStringArray('attachment_urls');
  attachment_urls?.forEach((u, i) => {
    if (u.length < 1 || u.length > 2083 || !/^https?:\/\//i.test(u)) {
      f.issues.push({ loc: ['body', 'attachment_urls', i], msg: 'Input should be a valid URL', type: 'url_parsing' });
    }
  });
  f.optStringArray('session_links');
  f.optObject('structured_output_schema');
  f.optBool('structured_output_required');
  f.optBool('bypass_approval');
  const createAs = f.optString('create_as_user_id');
  f.optEnum('devin_mode', DEVIN_MODES);
  const platform = f.optString('platform');
  f.optBool('resumable');
  f.check();
  if (typeof platform === 'string' && !['inherit', 'default', ...SIM_PLATFORMS].includes(platform)) {
    throw new ProblemError(400, `Unknown platform '${platform}'. Available platforms: ${SIM_PLATFORMS.join(', ')}`);
  }
  if (typeof createAs === 'string') requirePermission(principal, 'ImpersonateOrgSessions');
  return {
    prompt,
    title: title ?? null,
    tags: tags ?? [],
    repos: repos ?? [],
    playbook_id: playbook_id ?? null,
    attachment_urls: attachment_urls ?? [],
    user_id: typeof createAs === 'string' ? createAs : principal.actor.user_id,
    session_secrets: sessionSecrets,
  };
}
