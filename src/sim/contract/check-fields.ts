import type { FieldMap, FieldSpec } from './contract-types';

/** How strictly an object is held to its field map. */
export interface FieldCheckOptions {
  /** Fields the map does not name: reported (requests, and what the sim serves) or let through. */
  unknown: 'report' | 'allow';
  /**
   * Query strings carry text only: `integer`, `boolean` and arrays are read from their text form
   * (arrays as repeated parameters).
   */
  fromQuery?: boolean;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a query value as the spec's scalar type; undefined when it does not fit. */
function fromQueryText(type: string, text: string): unknown {
  if (type === 'integer') return /^-?\d+$/.test(text) ? Number(text) : undefined;
  if (type === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  // A query "object" (the beta org sessions list's `qs`) can only travel as text: read it as JSON.
  if (type === 'object') {
    try {
      const v: unknown = JSON.parse(text);
      return isPlainObject(v) ? v : undefined;
    } catch {
      return undefined;
    }
  }
  return text;
}

function checkScalar(spec: FieldSpec, type: string, value: unknown, at: string, out: string[]): void {
  if (type.includes('|')) {
    // A union (`string|integer`): fine when any member fits.
    const tries = type.split('|').map((t) => {
      const o: string[] = [];
      checkScalar(spec, t.trim(), value, at, o);
      return o;
    });
    if (!tries.some((o) => o.length === 0)) out.push(`${at}: expected ${type}, got ${describe(value)}`);
    return;
  }
  switch (type) {
    case 'string':
      if (typeof value !== 'string') return void out.push(`${at}: expected string, got ${describe(value)}`);
      // JSON Schema counts a string's length in code points, not UTF-16 units ('🔑' is 1).
      if (spec.minLength !== undefined && Array.from(value).length < spec.minLength) out.push(`${at}: shorter than ${spec.minLength}`);
      if (spec.maxLength !== undefined && Array.from(value).length > spec.maxLength) out.push(`${at}: longer than ${spec.maxLength}`);
      if (spec.format === 'date-time' && !(ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) out.push(`${at}: not an ISO 8601 date-time: ${JSON.stringify(value)}`);
      if (spec.format === 'uri' && !URL.canParse(value)) out.push(`${at}: not a URI`);
      break;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return void out.push(`${at}: expected integer, got ${describe(value)} ${JSON.stringify(value)}`);
      break;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return void out.push(`${at}: expected number, got ${describe(value)}`);
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return void out.push(`${at}: expected boolean, got ${describe(value)}`);
      break;
    case 'object':
      if (!isPlainObject(value)) return void out.push(`${at}: expected object, got ${describe(value)}`);
      if (spec.properties) checkFields(spec.properties, value, { unknown: 'allow' }, at, out);
      return;
    case 'binary':
      return;
    default:
      out.push(`${at}: the contract's type ${type} is not understood by the checker`);
      return;
  }
  if ((type === 'integer' || type === 'number') && typeof value === 'number') {
    if (spec.min !== undefined && value < spec.min) out.push(`${at}: ${value} is below the minimum ${spec.min}`);
    if (spec.max !== undefined && value > spec.max) out.push(`${at}: ${value} is above the maximum ${spec.max}`);
  }
  if (spec.enum && !spec.enum_partial && !spec.enum.includes(value as string | number)) {
    out.push(`${at}: ${JSON.stringify(value)} is not one of ${spec.enum.join(', ')}`);
  }
}

/** Checks one value against its descriptor, appending messages to `out`. */
export function checkValue(spec: FieldSpec, value: unknown, at: string, out: string[], opts: Pick<FieldCheckOptions, 'unknown' | 'fromQuery'>): void {
  if (value === null) {
    if (!spec.nullable) out.push(`${at}: null is not allowed`);
    return;
  }
  const array = /^array<(.+)>$/.exec(spec.type);
  if (array) {
    const itemType = array[1] as string;
    const items = opts.fromQuery && !Array.isArray(value) ? [value] : value;
    if (!Array.isArray(items)) return void out.push(`${at}: expected ${spec.type}, got ${describe(value)}`);
    if (spec.maxItems !== undefined && items.length > spec.maxItems) out.push(`${at}: more than ${spec.maxItems} items`);
    const itemSpec: FieldSpec = {
      type: itemType,
      ...(spec.enum ? { enum: spec.enum } : {}),
      ...(spec.enum_partial ? { enum_partial: true } : {}),
      ...(spec.item_format ? { format: spec.item_format } : {}),
      ...(spec.item_minLength !== undefined ? { minLength: spec.item_minLength } : {}),
      ...(spec.item_maxLength !== undefined ? { maxLength: spec.item_maxLength } : {}),
    };
    items.forEach((item, i) => {
      const v = opts.fromQuery && typeof item === 'string' ? fromQueryText(itemType, item) : item;
      if (v === undefined) return void out.push(`${at}[${i}]: ${JSON.stringify(item)} is not a valid ${itemType}`);
      if (itemType === 'object' && spec.items) {
        if (!isPlainObject(v)) return void out.push(`${at}[${i}]: expected object, got ${describe(v)}`);
        checkFields(spec.items, v, opts, `${at}[${i}]`, out);
        return;
      }
      checkScalar(itemSpec, itemType, v, `${at}[${i}]`, out);
    });
    return;
  }
  if (opts.fromQuery) {
    if (Array.isArray(value)) return void out.push(`${at}: given ${value.length} times; the contract takes one value`);
    const parsed = fromQueryText(spec.type, String(value));
    if (parsed === undefined) return void out.push(`${at}: ${JSON.stringify(value)} is not a valid ${spec.type}`);
    checkScalar(spec, spec.type, parsed, at, out);
    return;
  }
  checkScalar(spec, spec.type, value, at, out);
}

/**
 * Checks an object against a field map: required fields present, each value's type, null only
 * where nullable, enums, limits, nested objects; unknown fields per `opts.unknown`.
 */
export function checkFields(fields: FieldMap, value: Record<string, unknown>, opts: FieldCheckOptions, at = '', out: string[] = []): string[] {
  const prefix = at === '' ? '' : `${at}.`;
  for (const [name, spec] of Object.entries(fields)) {
    if (!(name in value) || value[name] === undefined) {
      if (spec.required) out.push(`${prefix}${name}: required, missing`);
      continue;
    }
    checkValue(spec, value[name], `${prefix}${name}`, out, opts);
  }
  if (opts.unknown === 'report') {
    for (const name of Object.keys(value)) if (!(name in fields)) out.push(`${prefix}${name}: not in the contract`);
  }
  return out;
}
