import { z } from 'zod';
import { openEnum, orNull, unixSeconds } from './fields';
import { ACCESS_TYPES } from './knowledge';

/**
 * `PlaybookResponse`. The schema says `title/body/macro`; the docs' Common Flows example uses
 * `name/instructions`. Both are read and normalised to `title/body`.
 */
export const playbookSchema = z
  .object({
    playbook_id: z.string().optional(),
    id: z.string().optional(),
    title: z.string().nullish(),
    name: z.string().nullish(),
    body: z.string().nullish(),
    instructions: z.string().nullish(),
    macro: orNull(z.string()),
    access_type: orNull(openEnum(ACCESS_TYPES)),
    org_id: orNull(z.string()),
    created_at: orNull(unixSeconds),
    updated_at: orNull(unixSeconds),
    created_by: orNull(z.string()),
    updated_by: orNull(z.string()),
  })
  .superRefine((p, ctx) => {
    if ((p.playbook_id ?? p.id) === undefined) ctx.addIssue({ code: 'custom', path: ['playbook_id'], message: 'missing playbook_id' });
    if ((p.title ?? p.name) == null) ctx.addIssue({ code: 'custom', path: ['title'], message: 'missing title (or name)' });
  })
  .transform((p) => ({
    playbook_id: p.playbook_id ?? p.id ?? '',
    title: p.title ?? p.name ?? '',
    body: p.body ?? p.instructions ?? '',
    macro: p.macro,
    access_type: p.access_type,
    org_id: p.org_id,
    created_at: p.created_at,
    updated_at: p.updated_at,
    created_by: p.created_by,
    updated_by: p.updated_by,
  }));
export type Playbook = z.output<typeof playbookSchema>;

/** Body of create and of update (`PUT`, a full replace). Sent in the schema's shape. */
export const playbookCreateRequestSchema = z.object({
  title: z.string().min(1),
  body: z.string().min(1),
  macro: z.string().nullable().optional(),
});
export type PlaybookCreateRequest = z.input<typeof playbookCreateRequestSchema>;
