import { z } from 'zod';

/**
 * What the note editor sends to main, for create and for update (a full replace, as the API's
 * PUT is). Only the shape and generous size limits are checked at the IPC boundary; required
 * fields are the service's job (it answers with field errors the editor can place).
 */
export const noteInputSchema = z
  .object({
    name: z.string().max(500),
    /** When Devin should use the note ("when working on the billing service"). */
    trigger: z.string().max(2000),
    body: z.string().max(200_000),
    folder_id: z.string().max(200).nullable(),
    pinned_repo: z.string().max(300).nullable(),
    is_enabled: z.boolean(),
  })
  .strict();
export type NoteInput = z.output<typeof noteInputSchema>;

/** The editable fields of a note, from what the API returned. */
export function noteInputFrom(note: {
  name: string;
  trigger: string;
  body: string;
  folder_id: string | null;
  pinned_repo: string | null;
  is_enabled: boolean;
}): NoteInput {
  return {
    name: note.name,
    trigger: note.trigger,
    body: note.body,
    folder_id: note.folder_id,
    pinned_repo: note.pinned_repo,
    is_enabled: note.is_enabled,
  };
}
