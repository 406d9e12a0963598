import type { EndpointSpec, FieldMap, FieldSpec } from './contract-types';

/**
 * A request built from the contract alone: the smallest one the contract allows (required
 * fields only, each with a value its descriptor accepts). The contract tour sends it to any sim
 * route the tour has no step for, so a route added later is still called and its answer checked.
 */
export interface ProbeRequest {
  method: string;
  /** Encoded path with every parameter filled. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** What fills a path parameter: by name (`org_id`, `devin_id`…); unknown names get `probe`. */
export type PathValues = Readonly<Record<string, string>>;

const PROBE_TEXT = 'probe';

function stringFor(spec: FieldSpec): string {
  if (spec.enum && spec.enum.length > 0) return String(spec.enum[0]);
  if (spec.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
  if (spec.format === 'uri') return 'https://example.com/probe';
  const min = Math.max(spec.minLength ?? 1, PROBE_TEXT.length);
  const text = PROBE_TEXT.padEnd(min, 'x');
  return spec.maxLength !== undefined ? text.slice(0, Math.max(spec.maxLength, spec.minLength ?? 1)) : text;
}

function numberFor(spec: FieldSpec): number {
  const n = spec.min ?? 1;
  return spec.max !== undefined ? Math.min(n, spec.max) : n;
}

/** A value the descriptor accepts (JSON form). */
export function probeValue(spec: FieldSpec): unknown {
  const array = /^array<(.+)>$/.exec(spec.type);
  if (array) {
    const itemType = array[1] as string;
    if (itemType === 'object') return [probeObject(spec.items ?? {})];
    const item: FieldSpec = {
      type: itemType,
      ...(spec.enum ? { enum: spec.enum } : {}),
      ...(spec.item_format ? { format: spec.item_format } : {}),
      ...(spec.item_minLength !== undefined ? { minLength: spec.item_minLength } : {}),
      ...(spec.item_maxLength !== undefined ? { maxLength: spec.item_maxLength } : {}),
    };
    return [probeValue(item)];
  }
  const type = spec.type.split('|')[0]?.trim() ?? 'string';
  switch (type) {
    case 'integer':
    case 'number':
      return numberFor(spec);
    case 'boolean':
      return true;
    case 'object':
      return probeObject(spec.properties ?? {});
    case 'binary':
      return PROBE_TEXT;
    default:
      return stringFor(spec);
  }
}

/** The required fields of a field map, each with a probe value. */
export function probeObject(fields: FieldMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(fields)) if (spec.required) out[name] = probeValue(spec);
  return out;
}

function queryText(v: unknown): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

function multipart(fields: FieldMap): { body: Buffer; contentType: string } {
  const boundary = 'devin-tray-probe-boundary';
  const parts = Object.entries(fields)
    .filter(([, spec]) => spec.required)
    .map(([name, spec]) =>
      spec.type === 'binary'
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="probe.txt"\r\nContent-Type: text/plain\r\n\r\n${PROBE_TEXT}\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${queryText(probeValue(spec))}\r\n`,
    );
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * The smallest request the contract allows for `endpoint`: path parameters from `values`, the
 * required query parameters and body fields, the documented content type and `Bearer apiKey`.
 */
export function probeRequest(endpoint: EndpointSpec, values: PathValues, apiKey: string): ProbeRequest {
  const path = endpoint.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? PROBE_TEXT));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(probeObject(endpoint.query ?? {}))) {
    for (const v of Array.isArray(value) ? value : [value]) query.append(name, queryText(v));
  }
  const headers: Record<string, string> = { authorization: `Bearer ${apiKey}` };
  let body: Buffer | null = null;
  if (endpoint.body) {
    if (endpoint.body_content_type === 'multipart/form-data') {
      const m = multipart(endpoint.body);
      body = m.body;
      headers['content-type'] = m.contentType;
    } else {
      body = Buffer.from(JSON.stringify(probeObject(endpoint.body)));
      headers['content-type'] = endpoint.body_content_type ?? 'application/json';
    }
  }
  return { method: endpoint.method, path, query, headers, body };
}
