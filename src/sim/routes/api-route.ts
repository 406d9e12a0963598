import type { IncomingMessage } from 'node:http';
import { MAX_JSON_BODY_BYTES, parseJsonObject, readBody } from '../http/body';
import { notFound } from '../http/problem';
import { queryList, queryString } from '../http/query';
import { SESSION_PREFIX } from '../ids';
import type { SimResponse } from '../http/response';
import type { Route } from '../http/router';
import type { Permission, Principal } from '../keys';
import type { SimState } from '../state';
import type { SessionRecord } from '../types';

/** What a public-API handler gets. */
export interface ApiContext {
  req: IncomingMessage;
  method: string;
  pathname: string;
  query: URLSearchParams;
  params: Record<string, string>;
  state: SimState;
  /** Null only on routes with `scope: 'public'`. */
  principal: Principal | null;
  /** Which server received it (attachments redirect only from the main one). */
  origin: 'main' | 'second';
}

export type ApiHandler = (ctx: ApiContext) => SimResponse | Promise<SimResponse>;

/**
 * How a route is guarded before its handler runs:
 * - public: no key (attachment bytes, like a presigned URL);
 * - self: any valid key;
 * - enterprise: an enterprise key holding `permission`;
 * - org: a key with access to `:org` holding `permission`.
 */
export type ApiGuard =
  | { scope: 'public' }
  | { scope: 'self' }
  | { scope: 'enterprise'; permission: Permission }
  | { scope: 'org'; permission: Permission };

export interface ApiRouteSpec {
  guard: ApiGuard;
  handler: ApiHandler;
}

export type ApiRoute = Route<ApiRouteSpec>;

/** An org-scoped route (`template` must contain `:org`). */
export function orgRoute(method: string, template: string, permission: Permission, handler: ApiHandler): ApiRoute {
  return { method, template, handler: { guard: { scope: 'org', permission }, handler } };
}

/** Reads the request's JSON object body (422 on bad JSON, 413 past the limit). */
export async function readJson(ctx: ApiContext, allowEmpty = false): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBody(ctx.req, MAX_JSON_BODY_BYTES), allowEmpty);
}

/** The principal of a guarded route. */
export function principalOf(ctx: ApiContext): Principal {
  if (!ctx.principal) throw new Error(`route ${ctx.pathname} is public but needs a principal`);
  return ctx.principal;
}

/** The `:org` path parameter of an org route. */
export function orgOf(ctx: ApiContext): string {
  return ctx.params.org ?? '';
}

/** An enterprise-scoped route (`/v3/enterprise/…`, no `:org`). */
export function enterpriseRoute(method: string, template: string, permission: Permission, handler: ApiHandler): ApiRoute {
  return { method, template, handler: { guard: { scope: 'enterprise', permission }, handler } };
}

/**
 * The session a per-session route names. Org routes: the `:org` session (404 elsewhere).
 * Enterprise routes: a session in any org of the key, narrowed by the optional `?org_id=`
 * (a session of another org is 404, as if it did not exist).
 */
export function sessionOf(ctx: ApiContext): SessionRecord {
  const id = ctx.params.id ?? '';
  if (ctx.params.org !== undefined) return ctx.state.sessions.get(ctx.params.org, id);
  const s = id.startsWith(SESSION_PREFIX) ? ctx.state.sessions.find(id) : undefined;
  const org = queryString(ctx.query, 'org_id');
  if (!s || !principalOf(ctx).orgIds.includes(s.org_id) || (org !== undefined && s.org_id !== org)) throw notFound(`Session ${id}`);
  return s;
}

/**
 * The orgs a session list covers: the `:org` of an org route; on an enterprise route every org
 * of the key, narrowed by `org_ids` when given. `org_ids` is named in the issue and on an older
 * beta page but not in the v3 contract: the sim accepts it, the app does not send it.
 */
export function listOrgsOf(ctx: ApiContext): string | ReadonlySet<string> {
  if (ctx.params.org !== undefined) return ctx.params.org;
  const mine = principalOf(ctx).orgIds;
  const asked = queryList(ctx.query, 'org_ids');
  return new Set(asked ? mine.filter((o) => asked.includes(o)) : mine);
}
