import { z } from 'zod';
import { flag, openEnum, orNull, unixSeconds } from './fields';
import type { CursorParams } from './page';

export const ACCESS_TYPES = ['enterprise', 'org'] as const;

/** `KnowledgeNoteResponse`. `trigger` says when Devin should use the note. */
export const knowledgeNoteSchema = z.object({
  note_id: z.string(),
  name: z.string(),
  body: z.string(),
  trigger: z.string(),
  access_type: orNull(openEnum(ACCESS_TYPES)),
  is_enabled: flag(true),
  folder_id: orNull(z.string()),
  folder_path: orNull(z.string()).transform((v) => v ?? ''),
  macro: orNull(z.string()),
  org_id: orNull(z.string()),
  pinned_repo: orNull(z.string()),
  created_at: orNull(unixSeconds),
  updated_at: orNull(unixSeconds),
});
export type KnowledgeNote = z.output<typeof knowledgeNoteSchema>;

/** Body of create and of update (`PUT`, a full replace). */
export const knowledgeNoteCreateRequestSchema = z.object({
  name: z.string().min(1),
  body: z.string(),
  trigger: z.string().min(1),
  folder_id: z.string().nullable().optional(),
  pinned_repo: z.string().nullable().optional(),
  is_enabled: z.boolean().nullable().optional(),
});
export type KnowledgeNoteCreateRequest = z.input<typeof knowledgeNoteCreateRequestSchema>;

export interface KnowledgeNoteListParams extends CursorParams {
  search?: string;
  folder_path?: string;
  pinned_repo?: string;
}

export const knowledgeFolderSchema = z.object({
  folder_id: z.string(),
  name: z.string(),
  note_count: orNull(z.number()).transform((v) => v ?? 0),
  path: orNull(z.string()).transform((v) => v ?? ''),
  parent_folder_id: orNull(z.string()),
});
export type KnowledgeFolder = z.output<typeof knowledgeFolderSchema>;

/** `GET …/knowledge/folders`: the folder tree flattened, plus how many notes sit at the root. */
export const knowledgeFoldersSchema = z.object({
  folders: z.array(knowledgeFolderSchema),
  root_note_count: orNull(z.number()).transform((v) => v ?? 0),
});
export type KnowledgeFolders = z.output<typeof knowledgeFoldersSchema>;
