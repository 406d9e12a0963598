/**
 * The parts of `devin-v3-contract.json` (the published v3 reference, compiled into JSON) that the
 * checker reads. Field descriptors: `{type, required, nullable?, enum?, min?/max?, …}` with types
 * `string | integer | number | boolean | object | binary | array<T>`.
 */

export interface FieldSpec {
  type: string;
  required?: boolean;
  nullable?: boolean;
  enum?: readonly (string | number)[];
  /** The enum lists values seen, not all of them: other values are tolerated. */
  enum_partial?: boolean;
  default?: unknown;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  /** `date-time` or `uri`. */
  format?: string;
  item_format?: string;
  item_minLength?: number;
  item_maxLength?: number;
  /** Descriptors of the objects inside an `array<object>`. */
  items?: FieldMap;
  /** Descriptors of an `object`'s own fields. */
  properties?: FieldMap;
  note?: string;
}

export type FieldMap = Readonly<Record<string, FieldSpec>>;

export type ResponseShape = 'object' | 'array' | 'page' | 'redirect';

export interface ResponseSpec {
  status: number;
  shape: ResponseShape;
  schema?: string;
  fields?: FieldMap;
  /** Alternatives keyed by a discriminator value (`/v3/self`: by `principal_type`). */
  variants?: Readonly<Record<string, FieldMap>>;
  /** Other statuses the OpenAPI declares for success, e.g. `{"200": "…"}` beside a 307. */
  alt_status?: Readonly<Record<string, string>>;
}

export interface EndpointSpec {
  id: string;
  method: string;
  /** e.g. `/v3/organizations/{org_id}/sessions/{devin_id}`. */
  path: string;
  scope: string;
  path_params?: FieldMap;
  query?: FieldMap;
  body?: FieldMap;
  body_content_type?: string;
  response: ResponseSpec;
  notes?: readonly string[];
}

export interface Contract {
  endpoints: readonly EndpointSpec[];
  enums: Readonly<Record<string, unknown>>;
  errors: {
    problem_details: { media_type: string; fields: FieldMap };
    fastapi_validation: { status: number; fields: FieldMap };
  };
  auth: { v3_key_prefix: string };
  unconfirmed: readonly string[];
}
