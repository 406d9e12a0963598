import { checkFields } from './check-fields';
import type { Contract, EndpointSpec, FieldMap } from './contract-types';

/** One response as the server sent it. */
export interface ResponseExchange {
  status: number;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The parsed JSON body; undefined when there was none or it was not JSON (bytes, HEAD). */
  json: unknown;
  /** The request was HEAD: no body to check. */
  headOnly?: boolean;
}

/** Fields the docs say only get/list fill ("expect null/absent on create, message, archive and terminate"). */
export function getOnlyFields(fields: FieldMap): string[] {
  return Object.entries(fields)
    .filter(([, f]) => /only populated on get\/list/i.test(f.note ?? ''))
    .map(([name]) => name);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mediaType(v: string | undefined): string {
  return (v ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** RFC 9457 ProblemDetail; a 422 may instead carry FastAPI's `detail: [{loc, msg, type}]`. */
function checkProblem(contract: Contract, res: ResponseExchange, out: string[]): void {
  const media = contract.errors.problem_details.media_type;
  if (mediaType(res.headers['content-type']) !== media) out.push(`content-type: ${res.headers['content-type'] ?? '(none)'}, errors are ${media}`);
  if (res.headOnly) return;
  if (!isObject(res.json)) return void out.push('error body: not a JSON object');
  const body = res.json;
  const fields = contract.errors.problem_details.fields;
  const fastApi = res.status === contract.errors.fastapi_validation.status && Array.isArray(body['detail']);
  if (fastApi) {
    const { detail: _detail, ...rest } = fields;
    checkFields(rest, body, { unknown: 'allow' }, 'error', out);
    checkFields(contract.errors.fastapi_validation.fields, { detail: body['detail'] }, { unknown: 'allow' }, 'error', out);
  } else {
    checkFields(fields, body, { unknown: 'allow' }, 'error', out);
  }
  if (body['status'] !== res.status) out.push(`error.status: ${JSON.stringify(body['status'])} differs from the HTTP status ${res.status}`);
}

function checkObject(endpoint: EndpointSpec, value: unknown, at: string, out: string[]): void {
  const spec = endpoint.response;
  if (!isObject(value)) return void out.push(`${at}: expected an object`);
  if (spec.variants) {
    const kind = String(value['principal_type'] ?? '');
    const variant = spec.variants[kind];
    if (!variant) return void out.push(`${at}.principal_type: ${JSON.stringify(kind)} is not one of ${Object.keys(spec.variants).join(', ')}`);
    checkFields(variant, value, { unknown: 'report' }, at, out);
    return;
  }
  checkFields(spec.fields ?? {}, value, { unknown: 'report' }, at, out);
  // Stricter reading of "null/absent": what only get/list fill is left out of other answers.
  if (endpoint.method !== 'GET') {
    for (const name of getOnlyFields(spec.fields ?? {})) if (name in value) out.push(`${at}.${name}: only get/list fill it; ${endpoint.id} must leave it out`);
  }
}

function checkPage(endpoint: EndpointSpec, value: unknown, out: string[]): void {
  if (!isObject(value)) return void out.push('page: expected an object {items, end_cursor, has_next_page, total}');
  const fields = endpoint.response.fields ?? {};
  const { items: itemsSpec, ...envelope } = fields;
  checkFields(envelope, value, { unknown: 'allow' }, 'page', out);
  for (const name of Object.keys(value)) if (!(name in fields)) out.push(`page.${name}: not in the contract`);
  const items = value['items'];
  if (!Array.isArray(items)) return void out.push('page.items: required array, missing');
  const itemFields = itemsSpec?.items ?? {};
  items.forEach((item, i) => {
    if (!isObject(item)) return void out.push(`page.items[${i}]: expected an object`);
    checkFields(itemFields, item, { unknown: 'report' }, `page.items[${i}]`, out);
  });
  // "end_cursor: null ('None') on the last page".
  if (value['has_next_page'] !== true && value['end_cursor'] !== null && value['end_cursor'] !== undefined) {
    out.push('page.end_cursor: the last page must end with end_cursor null');
  }
  const cursorPaged = endpoint.query !== undefined && 'after' in endpoint.query;
  if (cursorPaged && value['has_next_page'] === true && typeof value['end_cursor'] !== 'string') out.push('page.end_cursor: has_next_page is true but there is no cursor');
}

/**
 * Holds one response to the contract: ProblemDetail for errors; for success the documented
 * status and shape (object, bare array, page, 307 redirect) with every field's presence, type,
 * nullability and enum, and no fields the contract does not name.
 */
export function checkResponse(contract: Contract, endpoint: EndpointSpec | null, res: ResponseExchange): string[] {
  const out: string[] = [];
  if (res.status >= 400) {
    checkProblem(contract, res, out);
    return out;
  }
  if (!endpoint) return [`status ${res.status} for a route the contract does not have`];
  const spec = endpoint.response;
  const allowed = [spec.status, ...Object.keys(spec.alt_status ?? {}).map(Number)];
  if (!allowed.includes(res.status)) out.push(`status ${res.status}, the contract says ${allowed.join(' or ')}`);
  if (spec.shape === 'redirect') {
    if (res.status === 307 && !URL.canParse(res.headers['location'] ?? '')) out.push('location: a 307 needs an absolute Location');
    return out;
  }
  if (res.headOnly) return out;
  if (mediaType(res.headers['content-type']) !== 'application/json') out.push(`content-type: ${res.headers['content-type'] ?? '(none)'}, expected application/json`);
  if (spec.shape === 'page') checkPage(endpoint, res.json, out);
  else if (spec.shape === 'array') {
    if (!Array.isArray(res.json)) out.push('body: expected a bare JSON array');
    else res.json.forEach((item, i) => (isObject(item) ? checkFields(spec.fields ?? {}, item, { unknown: 'report' }, `[${i}]`, out) : out.push(`[${i}]: expected an object`)));
  } else checkObject(endpoint, res.json, 'body', out);
  return out;
}
