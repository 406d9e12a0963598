import type { IncomingMessage } from 'node:http';
import { MAX_JSON_BODY_BYTES, parseJsonObject, readBody } from '../http/body';
import type { SimResponse } from '../http/response';
import type { Route } from '../http/router';
import type { Permission, Principal } from '../keys';
import type { SimState } from '../state';

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
