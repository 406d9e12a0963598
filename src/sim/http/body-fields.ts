import { validationError, type FieldIssue } from './problem';

/**
 * Reads typed fields from a JSON body, collecting every problem, then `check()` throws one 422
 * listing them all (as FastAPI does). Getters return `undefined` for absent fields and `null`
 * for explicit nulls, so PATCH handlers can tell "not sent" from "cleared".
 */
export class BodyFields {
  readonly issues: FieldIssue[] = [];

  constructor(readonly body: Record<string, unknown>) {}

  has(name: string): boolean {
    return Object.hasOwn(this.body, name);
  }

  private issue(name: string, msg: string, type: string): undefined {
    this.issues.push({ loc: ['body', name], msg, type });
    return undefined;
  }

  /** A required string; `nonEmpty` also rejects whitespace-only values. */
  requiredString(name: string, nonEmpty = true): string {
    const v = this.body[name];
    if (v === undefined || v === null) return this.issue(name, 'Field required', 'missing') ?? '';
    if (typeof v !== 'string') return this.issue(name, 'Input should be a valid string', 'string_type') ?? '';
    if (nonEmpty && v.trim() === '') return this.issue(name, 'String should have at least 1 character', 'string_too_short') ?? '';
    return v;
  }

  optString(name: string): string | null | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return v;
    if (typeof v !== 'string') return this.issue(name, 'Input should be a valid string', 'string_type');
    return v;
  }

  optStringArray(name: string): string[] | null | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return v;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      return this.issue(name, 'Input should be a valid list of strings', 'list_type');
    }
    return v as string[];
  }

  optBool(name: string): boolean | null | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return v;
    if (typeof v !== 'boolean') return this.issue(name, 'Input should be a valid boolean', 'bool_type');
    return v;
  }

  optNumber(name: string, integer = false): number | null | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return v;
    if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isInteger(v))) {
      return this.issue(name, integer ? 'Input should be a valid integer' : 'Input should be a valid number', integer ? 'int_type' : 'float_type');
    }
    return v;
  }

  optEnum<T extends string>(name: string, values: readonly T[]): T | null | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return v;
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
      return this.issue(name, `Input should be ${values.map((x) => `'${x}'`).join(', ')}`, 'enum');
    }
    return v as T;
  }

  optObject(name: string): Record<string, unknown> | null | undefined {
    const v = this.body[name];
    if (v === undefined || v === null) return v;
    if (typeof v !== 'object' || Array.isArray(v)) return this.issue(name, 'Input should be a valid dictionary', 'dict_type');
    return v as Record<string, unknown>;
  }

  /** Adds a custom problem for `name`. */
  fail(name: string, msg: string, type = 'value_error'): void {
    this.issue(name, msg, type);
  }

  /** Throws a 422 if anything was wrong. */
  check(): void {
    if (this.issues.length > 0) throw validationError(this.issues);
  }
}
