import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { SIGN_IN_PAGE } from './attachments/web-app';
import { authenticate, requireEnterprise, requireOrgAccess, requirePermission } from './auth';
import type { SimControl } from './control/control';
import type { ControlHandler } from './control/routes';
import type { ActiveFault } from './faults';
import { parseJsonObject, prereadBody, readBody, MAX_JSON_BODY_BYTES } from './http/body';
import { ProblemError } from './http/problem';
import { jsonResponse, problemResponse, writeResponse, type SimResponse } from './http/response';
import type { Router } from './http/router';
import { recordHeaders, REQUEST_LOG_CAPACITY } from './request-log';
import type { ApiContext, ApiRouteSpec } from './routes/api-route';
import type { SimState } from './state';

/** A body that looks like JSON and is not (fault 'malformed'). */
const MALFORMED_JSON = '{"items": [{"session_id": "devin-';

function toResponse(e: unknown, instance: string): SimResponse {
  if (e instanceof ProblemError) return problemResponse(e, instance);
  console.error('[devin-sim] handler error:', e);
  return problemResponse(new ProblemError(500, e instanceof Error ? e.message : String(e)), instance);
}

function parseUrl(req: IncomingMessage): URL {
  return new URL(req.url ?? '/', 'http://sim.invalid');
}

/** Runs the guard, then the handler. */
async function runApi(ctx: ApiContext, spec: ApiRouteSpec): Promise<SimResponse> {
  const guard = spec.guard;
  if (guard.scope !== 'public') {
    const principal = authenticate(ctx.req.headers.authorization);
    ctx.principal = principal;
    if (guard.scope === 'enterprise') {
      requireEnterprise(principal);
      requirePermission(principal, guard.permission, ctx.state.revokedPermissions);
    } else if (guard.scope === 'org') {
      const org = ctx.params.org ?? '';
      requireOrgAccess(principal, org, ctx.state.orgs.has(org));
      requirePermission(principal, guard.permission, ctx.state.revokedPermissions);
    }
  }
  return spec.handler(ctx);
}

function faultResponse(f: ActiveFault, instance: string): SimResponse | null {
  if (f.kind === 'status') {
    const headers = f.retryAfter !== undefined ? { 'retry-after': f.retryAfter } : undefined;
    return problemResponse(new ProblemError(f.status ?? 503, 'Injected fault', headers ? { headers } : {}), instance);
  }
  if (f.kind === 'sign_in_page') {
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: { kind: 'buffer', data: Buffer.from(SIGN_IN_PAGE) } };
  }
  if (f.kind === 'malformed') {
    return { status: 200, headers: { 'content-type': 'application/json' }, body: { kind: 'buffer', data: Buffer.from(MALFORMED_JSON) } };
  }
  return null;
}

/**
 * Serves one public request on the main origin or the second origin: logs it, applies a
 * matching fault, checks auth and permissions, runs the handler, writes the answer.
 */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  state: SimState,
  router: Router<ApiRouteSpec>,
  origin: 'main' | 'second',
): Promise<void> {
  const url = parseUrl(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const pathname = url.pathname;
  state.advance();
  const match = router.match(method, pathname);
  const route = match.kind === 'found' ? match.route.template : '(unmatched)';
  const time = state.clock.nowMs();
  const entry =
    origin === 'main'
      ? state.log.record({ method, path: pathname, search: url.searchParams, route, headers: req.headers, time })
      : null;
  if (origin === 'second') {
    const headers = recordHeaders(req.headers);
    const auth = req.headers.authorization;
    state.secondOriginLog.push({ method, path: pathname, headers, hadAuth: auth !== undefined && auth !== '', time });
    if (state.secondOriginLog.length > REQUEST_LOG_CAPACITY) state.secondOriginLog.shift();
  }

  const fault = state.faults.take(origin, method, pathname);
  if (entry && fault) entry.fault = fault.kind;
  if (fault?.kind === 'drop') {
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'delay') await sleep(fault.delayMs ?? 1000);
  // Checking the contract needs the request body; handlers then read the same bytes.
  const observed = origin === 'main' && state.observer !== null && !fault;
  const requestBody = observed ? await prereadBody(req) : null;
  let response = fault ? faultResponse(fault, pathname) : null;

  if (!response) {
    try {
      response = await routeResponse(req, state, match, pathname, method, url, origin);
    } catch (e) {
      response = toResponse(e, pathname);
    }
  }
  if (entry) entry.status = response.status;
  if (observed) observeExchange(state, req, method, url, requestBody, response);
  const length = response.body ? (response.body.kind === 'buffer' ? response.body.data.length : response.body.length) : 0;
  await writeResponse(res, response, {
    headOnly: method === 'HEAD',
    truncateAfter: fault?.kind === 'truncate' ? (fault.truncateAfter ?? Math.floor(length / 2)) : undefined,
  });
}

/** Hands one exchange to the contract observer (test mode). */
function observeExchange(state: SimState, req: IncomingMessage, method: string, url: URL, body: Buffer | null, response: SimResponse): void {
  const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(', ') : v);
  const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, header(v)]));
  const json = response.body?.kind === 'buffer' && /json/i.test(response.headers['content-type'] ?? '') ? parseOrUndefined(response.body.data) : undefined;
  state.observer?.({
    request: { method, pathname: url.pathname, query: url.searchParams, headers, body },
    response: { status: response.status, headers: response.headers, json, headOnly: method === 'HEAD' },
  });
}

function parseOrUndefined(data: Buffer): unknown {
  try {
    return JSON.parse(data.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function routeResponse(
  req: IncomingMessage,
  state: SimState,
  match: ReturnType<Router<ApiRouteSpec>['match']>,
  pathname: string,
  method: string,
  url: URL,
  origin: 'main' | 'second',
): Promise<SimResponse> {
  if (match.kind !== 'found') {
    // Like the real API, an unauthenticated call learns nothing about which paths exist.
    if (pathname.startsWith('/v3/')) authenticate(req.headers.authorization);
    if (match.kind === 'method-not-allowed') {
      throw new ProblemError(405, `Method ${method} not allowed`, { headers: { allow: match.allowed.join(', ') } });
    }
    throw new ProblemError(404, `No route for ${method} ${pathname}`);
  }
  const ctx: ApiContext = { req, method, pathname, query: url.searchParams, params: match.params, state, principal: null, origin };
  return runApi(ctx, match.route.handler);
}

/** Serves one /_sim/ control request (no auth, no log, no faults). */
export async function handleControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  control: SimControl,
  router: Router<ControlHandler>,
): Promise<void> {
  const url = parseUrl(req);
  const method = (req.method ?? 'GET').toUpperCase();
  let response: SimResponse;
  try {
    const match = router.match(method, url.pathname);
    if (match.kind !== 'found') throw new ProblemError(404, `No control route for ${method} ${url.pathname}`);
    const raw = await readBody(req, MAX_JSON_BODY_BYTES);
    const body = parseJsonObject(raw, true);
    const value = match.route.handler(control, match.params, body);
    response = jsonResponse(200, value === undefined ? null : value);
  } catch (e) {
    response = toResponse(e, url.pathname);
  }
  await writeResponse(res, response);
}
