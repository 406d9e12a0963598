import { z } from 'zod';
import { orNull, unixSeconds } from './fields';

/** `OrganizationResponse` from `GET /v3/enterprise/organizations`. */
export const organizationSchema = z.object({
  org_id: z.string(),
  name: z.string(),
  created_at: orNull(unixSeconds),
  updated_at: orNull(unixSeconds),
  max_session_acu_limit: orNull(z.number()),
  max_cycle_acu_limit: orNull(z.number()),
});
export type Organization = z.output<typeof organizationSchema>;
