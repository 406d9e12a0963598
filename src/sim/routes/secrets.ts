import { BodyFields } from '../http/body-fields';
import { jsonResponse, type SimResponse } from '../http/response';
import { pageBySeq } from '../pagination';
import { SecretStore } from '../store/secrets';
import type { SecretRecord } from '../types';
import { orgOf, orgRoute, principalOf, readJson, type ApiContext, type ApiRoute } from './api-route';

const BASE = '/v3/organizations/:org/secrets';
const SECRET_TYPES = ['cookie', 'key-value', 'totp'] as const;

const one = (s: SecretRecord): SimResponse => jsonResponse(200, SecretStore.view(s));

/** POST: `key`, `type`, `value` required; `is_sensitive` (default true), `note`. The reply never has the value. */
async function createSecret(ctx: ApiContext): Promise<SimResponse> {
  const f = new BodyFields(await readJson(ctx));
  const key = f.requiredString('key');
  const type = f.optEnum('type', SECRET_TYPES);
  if (type === undefined || type === null) {
    if (f.body.type === undefined || f.body.type === null) f.fail('type', 'Field required', 'missing');
  }
  const value = f.requiredString('value', false);
  const sensitive = f.optBool('is_sensitive');
  const note = f.optString('note');
  f.check();
  const fields = { key, value, secret_type: type as SecretRecord['secret_type'], is_sensitive: sensitive ?? true, note: note ?? null };
  return one(ctx.state.secrets.create(orgOf(ctx), fields, principalOf(ctx).actor.id, ctx.state.clock.nowSec()));
}

/** `secrets.list` / `secrets.create` / `secrets.delete` (ManageOrgSecrets). */
export const secretRoutes: ApiRoute[] = [
  orgRoute('GET', BASE, 'ManageOrgSecrets', (ctx) => jsonResponse(200, pageBySeq(ctx.state.secrets.list(orgOf(ctx)), ctx.query, SecretStore.view))),
  orgRoute('POST', BASE, 'ManageOrgSecrets', createSecret),
  orgRoute('DELETE', `${BASE}/:id`, 'ManageOrgSecrets', (ctx) => one(ctx.state.secrets.delete(orgOf(ctx), ctx.params.id ?? ''))),
];
