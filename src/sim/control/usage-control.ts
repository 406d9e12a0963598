import { BodyFields } from '../http/body-fields';
import { fieldError } from '../http/problem';
import { PERMISSIONS, SIM_ORG, type Permission } from '../keys';
import type { SimState } from '../state';
import { SIM_PRODUCTS } from '../store/usage-ledger';

/** `{revoke: [...]}`: the permissions every key lacks from now on (an empty list gives them back). */
export interface ControlPermissionsInput {
  revoke: string[];
}

/** Org-level ACUs of a product, spread over `[from, to]` (Unix seconds; `to` defaults to `from`). */
export interface ControlProductUsageInput {
  org_id?: string;
  product: string;
  acus: number;
  from: number;
  to?: number;
}

/** Replaces the revoked set; answers it. */
export function setRevokedPermissions(state: SimState, input: ControlPermissionsInput): { revoked: Permission[] } {
  const f = new BodyFields(input as unknown as Record<string, unknown>);
  const list = f.optStringArray('revoke');
  if (list === undefined || list === null) f.fail('revoke', 'revoke (a list of permissions) is required', 'missing');
  const unknown = (list ?? []).filter((p) => !(PERMISSIONS as readonly string[]).includes(p));
  if (unknown.length > 0) f.fail('revoke', `Unknown permissions: ${unknown.join(', ')}`);
  f.check();
  state.revokedPermissions.clear();
  for (const p of list as Permission[]) state.revokedPermissions.add(p);
  return { revoked: [...state.revokedPermissions] };
}

export function addProductUsage(state: SimState, input: ControlProductUsageInput): { ok: true } {
  const f = new BodyFields(input as unknown as Record<string, unknown>);
  const org = f.optString('org_id') ?? SIM_ORG.org_id;
  const product = f.optEnum('product', SIM_PRODUCTS);
  if (!product) f.fail('product', `product is one of ${SIM_PRODUCTS.join(', ')}`, 'missing');
  const acus = f.optNumber('acus');
  if (typeof acus !== 'number' || acus < 0) f.fail('acus', 'acus must be a number ≥ 0');
  const from = f.optNumber('from', true);
  if (typeof from !== 'number' || from < 0) f.fail('from', 'from (Unix seconds) is required');
  const to = f.optNumber('to', true) ?? from;
  f.check();
  if (!state.orgs.has(org)) throw fieldError(['body', 'org_id'], `Unknown org ${org}`);
  state.usage.addProductUsage(org, product as (typeof SIM_PRODUCTS)[number], acus as number, (from as number) * 1000, (to as number) * 1000);
  return { ok: true };
}
