import { z } from 'zod';
import type { UploadedAttachmentView } from '../../attachments/jobs';
import { MAX_REPLY_FILES } from './attachments-ui';
import { type } from '../phantom';

/**
 * Drafts: what someone typed and has not sent yet, kept by main in its userData folder (per
 * organization), so a window reload or a restart loses nothing. A draft belongs to a place:
 * `composer:new` (the new-session dialog), `reply:<session id>`, and the library editors
 * `note:<id>`, `playbook:<id>`, `schedule:<id>` (`new` for one not created yet).
 */
export const DRAFT_KINDS = ['composer', 'reply', 'note', 'playbook', 'schedule'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** `kind:id`, the id a session, note, playbook or schedule id, or `new`. */
export const draftKeySchema = z.string().max(220).regex(/^(composer|reply|note|playbook|schedule):[A-Za-z0-9._:-]{1,200}$/);

/** Most characters one draft's fields may hold as JSON (a reply can be 100,000 characters). */
export const MAX_DRAFT_CHARS = 300_000;

/** A field value: text, numbers, flags, null, and lists or small records of those (two levels deep). */
export type DraftValue = string | number | boolean | null | DraftValue[] | { [key: string]: DraftValue };

/** Plain JSON of bounded depth and size, nothing else (no prototypes, no huge lists). */
export function isDraftValue(v: unknown, depth = 0): v is DraftValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (depth >= 3 || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.length <= 500 && v.every((x) => isDraftValue(x, depth + 1));
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  const entries = Object.entries(v);
  return entries.length <= 50 && entries.every(([k, x]) => k.length <= 64 && isDraftValue(x, depth + 1));
}

const fieldsSchema = z
  .record(z.string().min(1).max(64), z.unknown())
  .refine((f) => Object.keys(f).length <= 50 && Object.values(f).every((v) => isDraftValue(v)), { message: 'draft fields must be plain values' })
  .refine((f) => JSON.stringify(f).length <= MAX_DRAFT_CHARS, { message: `a draft holds at most ${MAX_DRAFT_CHARS} characters` });

const uploadedSchema = z
  .object({
    attachment_id: z.string().max(500),
    name: z.string().max(1000),
    url: z.string().min(1).max(2083),
    bytes: z.number().int().min(0),
  })
  .strict();

/**
 * A file attached to a draft, as the page names it: main's handle for it (resolved to its path by
 * main, so a page cannot name a file it was not given), or, once uploaded, what the upload returned.
 */
const draftFileInSchema = z
  .object({
    handle: z.string().max(200),
    uploaded: uploadedSchema.nullable(),
  })
  .strict();

export const draftPutSchema = z
  .object({
    key: draftKeySchema,
    fields: fieldsSchema,
    files: z.array(draftFileInSchema).max(MAX_REPLY_FILES).optional(),
  })
  .strict();
export type DraftPut = z.infer<typeof draftPutSchema>;

/** A file of a restored draft: a fresh handle issued to the page asking (empty once uploaded). */
export interface DraftFileView {
  handle: string;
  name: string;
  path: string;
  uploaded: UploadedAttachmentView | null;
}

/** A stored draft as the page gets it back. */
export interface DraftView {
  key: string;
  fields: Record<string, DraftValue>;
  files: DraftFileView[];
  /** Files the draft named that are no longer on disk (by name): the page says so. */
  missingFiles: string[];
  /** When it was last saved (ms). */
  updatedAt: number;
}

/** One draft in a list: enough to name it and offer it back. */
export interface DraftSummary {
  key: string;
  updatedAt: number;
  /** The first text the draft holds (its first non-empty text field), at most 120 characters. */
  preview: string;
}

const byKey = z.object({ key: draftKeySchema }).strict();

export const draftsChannels = {
  /** The draft kept for this place in the signed-in organization, or null. */
  'drafts:get': { request: byKey, response: type<DraftView | null>() },
  /** Keeps (replaces) the draft for this place; resolves once it is on disk. */
  'drafts:put': { request: draftPutSchema, response: type<void>() },
  /** Forgets the draft for this place (sent, created, or discarded). */
  'drafts:clear': { request: byKey, response: type<void>() },
  /** Drafts of one kind in the signed-in organization, newest first. */
  'drafts:list': { request: z.object({ kind: z.enum(DRAFT_KINDS) }).strict(), response: type<DraftSummary[]>() },
} as const;

export type DraftsChannelName = keyof typeof draftsChannels;
