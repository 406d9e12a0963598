import { multipartBoundary, parseMultipart } from '../http/multipart';
import { checkFields, checkValue } from './check-fields';
import type { Contract, EndpointSpec } from './contract-types';
import { matchEndpoint } from './match-endpoint';

/** One request as it reached the server. */
export interface RequestExchange {
  method: string;
  /** Raw (still percent-encoded) pathname. */
  pathname: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The body bytes; null or empty when none was sent. */
  body: Buffer | null;
}

export interface RequestCheck {
  /** The contract endpoint, when the route exists. */
  endpoint: EndpointSpec | null;
  /** `sessions.get` or, for a route the contract lacks, `GET /v3/…`. */
  label: string;
  issues: string[];
}

/** Path parameters the docs say more about than "a string". */
function checkPathParams(endpoint: EndpointSpec, params: Record<string, string>, out: string[]): void {
  for (const [name, value] of Object.entries(params)) {
    if (value === '') out.push(`path ${name}: empty`);
    // "devin_id = session ID prefixed with devin-" (every sessions page).
    if (name === 'devin_id' && !value.startsWith('devin-')) out.push(`path devin_id: ${JSON.stringify(value)} lacks the documented devin- prefix`);
    const spec = endpoint.path_params?.[name];
    if (!spec) out.push(`path ${name}: not a parameter of ${endpoint.path}`);
  }
}

function checkQuery(endpoint: EndpointSpec, query: URLSearchParams, out: string[]): void {
  const specs = endpoint.query ?? {};
  for (const name of new Set(query.keys())) {
    const spec = specs[name];
    if (!spec) {
      out.push(`query ${name}: not in the contract`);
      continue;
    }
    const all = query.getAll(name);
    checkValue(spec, all.length === 1 ? all[0] : all, `query ${name}`, out, { unknown: 'report', fromQuery: true });
  }
  for (const [name, spec] of Object.entries(specs)) if (spec.required && !query.has(name)) out.push(`query ${name}: required, missing`);
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function checkBody(endpoint: EndpointSpec, req: RequestExchange, out: string[]): void {
  const body = req.body ?? Buffer.alloc(0);
  if (!endpoint.body) {
    if (body.length > 0) out.push(`body: the contract has no request body here (${body.length} bytes sent)`);
    return;
  }
  const expected = endpoint.body_content_type ?? 'application/json';
  const got = mediaType(req.headers['content-type']);
  if (got !== expected) out.push(`content-type: ${got || '(none)'}, the contract says ${expected}`);
  if (expected === 'multipart/form-data') {
    const boundary = multipartBoundary(req.headers['content-type']);
    if (!boundary) return;
    try {
      const parts = parseMultipart(body, boundary);
      for (const [name, spec] of Object.entries(endpoint.body)) {
        if (spec.required && !parts.some((p) => p.name === name)) out.push(`body ${name}: required part missing`);
      }
      for (const p of parts) if (!(p.name in endpoint.body)) out.push(`body ${p.name}: part not in the contract`);
    } catch (e) {
      out.push(`body: malformed multipart (${e instanceof Error ? e.message : String(e)})`);
    }
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return void out.push('body: not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void out.push('body: not a JSON object');
  checkFields(endpoint.body, value as Record<string, unknown>, { unknown: 'report' }, 'body', out);
}

/**
 * Holds one request to the contract: the route (method + path template), `Authorization: Bearer
 * cog_…`, path parameters, every query parameter and body field (names, types, enums, limits)
 * and the body's content type.
 */
export function checkRequest(contract: Contract, req: RequestExchange): RequestCheck {
  const issues: string[] = [];
  const match = matchEndpoint(contract, req.method, req.pathname);
  if (match.kind !== 'found') {
    const label = `${req.method} ${req.pathname}`;
    issues.push(match.kind === 'wrong-method' ? `method ${req.method} not in the contract for this path (it has ${match.allowed.join(', ')})` : 'no such route in the contract');
    return { endpoint: null, label, issues };
  }
  const { endpoint, params } = match;
  const auth = req.headers['authorization'] ?? '';
  const prefix = contract.auth.v3_key_prefix;
  if (!new RegExp(`^Bearer ${prefix}\\S+$`).test(auth)) issues.push(`authorization: expected "Bearer ${prefix}…"`);
  checkPathParams(endpoint, params, issues);
  checkQuery(endpoint, req.query, issues);
  if (req.method.toUpperCase() !== 'HEAD') checkBody(endpoint, req, issues);
  return { endpoint, label: endpoint.id, issues };
}
