import { z } from 'zod';

/**
 * A playbook's macro: "!" then a letter or digit, then letters, digits, "_" or "-" (e.g. `!deploy`).
 * The API does not document a format; this is the one Devin's app shows, checked before sending.
 */
export const MACRO_PATTERN = /^![a-z0-9][a-z0-9_-]*$/i;

/** True for a usable macro; an empty macro means "none" and is fine too. */
export function isValidMacro(macro: string): boolean {
  return macro === '' || MACRO_PATTERN.test(macro);
}

/**
 * What the playbook editor sends for create and update (PUT, a full replace). Only the shape is
 * checked at the IPC boundary; required fields and the macro are checked by the service, which
 * answers with field errors the editor can place.
 */
export const playbookInputSchema = z
  .object({
    title: z.string().max(500),
    body: z.string().max(200_000),
    macro: z.string().max(100).nullable(),
  })
  .strict();
export type PlaybookInput = z.output<typeof playbookInputSchema>;
