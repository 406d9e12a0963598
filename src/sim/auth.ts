import { ProblemError } from './http/problem';
import { SIM_KEYS, SIM_PRINCIPALS, type Permission, type Principal, type SimKeyLabel } from './keys';

/** Which test key an Authorization header carries: a label, 'unknown' for any other value, null if absent. */
export function keyLabelOf(authorization: string | undefined): SimKeyLabel | 'unknown' | null {
  if (authorization === undefined || authorization === '') return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!m) return 'unknown';
  const entry = Object.entries(SIM_KEYS).find(([, key]) => key === m[1]);
  return entry ? (entry[0] as SimKeyLabel) : 'unknown';
}

/** The principal for a request, or a 401 problem. */
export function authenticate(authorization: string | undefined): Principal {
  const label = keyLabelOf(authorization);
  if (label === null) throw new ProblemError(401, 'Missing API key: send Authorization: Bearer cog_…');
  if (label === 'unknown') throw new ProblemError(401, 'Invalid or expired API key');
  return SIM_PRINCIPALS[label];
}

/** 403 unless the principal holds `permission` (and the control API has not revoked it). */
export function requirePermission(principal: Principal, permission: Permission, revoked: ReadonlySet<Permission> = new Set()): void {
  if (!principal.permissions.has(permission) || revoked.has(permission)) throw new ProblemError(403, `Missing permission: ${permission}`);
}

/** 404 for an org that does not exist, 403 for one outside the key's scope. */
export function requireOrgAccess(principal: Principal, orgId: string, orgExists: boolean): void {
  if (!orgExists) throw new ProblemError(404, `Organization ${orgId} not found`);
  if (!principal.orgIds.includes(orgId)) throw new ProblemError(403, `This API key has no access to organization ${orgId}`);
}

/** 403 for /v3/enterprise/* unless the key is enterprise-scoped. */
export function requireEnterprise(principal: Principal): void {
  if (!principal.enterprise) throw new ProblemError(403, 'Enterprise endpoints need an enterprise-scoped service user');
}

/** `Bearer cog_…(redacted)`-style redaction for logs; non-Bearer values are fully hidden. */
export function redactAuthorization(value: string): string {
  const m = /^(Bearer\s+)(cog_|apk_user_|apk_)?/i.exec(value);
  if (!m) return '(redacted)';
  return `${m[1] ?? ''}${m[2] ?? ''}…(redacted)`;
}
