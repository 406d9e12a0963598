import { z } from 'zod';
import { orNull } from './fields';

/** Principal types documented for `GET /v3/self`. */
export const PRINCIPAL_TYPES = ['service_user', 'pat_user', 'devin_brain', 'windsurf_session'] as const;

const serviceUser = z.object({
  principal_type: z.literal('service_user'),
  service_user_id: z.string(),
  service_user_name: orNull(z.string()),
  org_id: orNull(z.string()),
});

const patUser = z.object({
  principal_type: z.literal('pat_user'),
  user_id: z.string(),
  user_name: orNull(z.string()),
  api_key_id: orNull(z.string()),
  api_key_name: orNull(z.string()),
  org_id: orNull(z.string()),
});

// Their fields were not published; keep what every principal has.
const otherKnown = z.object({
  principal_type: z.enum(['devin_brain', 'windsurf_session']),
  org_id: orNull(z.string()),
});

// Anything else still signs in: the type is kept as `reported_type`.
const unknownPrincipal = z
  .object({ principal_type: z.string(), org_id: orNull(z.string()) })
  .transform((v) => ({ principal_type: 'unknown' as const, reported_type: v.principal_type, org_id: v.org_id }));

/** `GET /v3/self`: who this key is, discriminated by `principal_type` (unknown types parse as `'unknown'`). */
export const selfSchema = z.union([serviceUser, patUser, otherKnown, unknownPrincipal]);
export type Self = z.output<typeof selfSchema>;

/** What the UI shows about a principal: a type label and a name (never the key). */
export interface PrincipalSummary {
  type: string;
  name: string;
  orgId: string | null;
}

/** Summarises any `Self` for display; falls back to ids when names are missing. */
export function summarizePrincipal(self: Self): PrincipalSummary {
  switch (self.principal_type) {
    case 'service_user':
      return { type: self.principal_type, name: self.service_user_name ?? self.service_user_id, orgId: self.org_id };
    case 'pat_user':
      return { type: self.principal_type, name: self.user_name ?? self.user_id, orgId: self.org_id };
    case 'unknown':
      return { type: self.reported_type, name: self.reported_type, orgId: self.org_id };
    default:
      return { type: self.principal_type, name: self.principal_type, orgId: self.org_id };
  }
}
