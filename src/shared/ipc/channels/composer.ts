import { z } from 'zod';
import { DEVIN_MODES } from '../../domain/session';
import { type } from '../phantom';

/**
 * What the new-session composer remembers between sessions (per organization, in main's
 * userData, never in the page's storage): the options a person sets by hand and rarely changes.
 */
export const composerMemorySchema = z
  .object({
    /** null: the org's default mode (the field is left out). */
    devinMode: z.enum(DEVIN_MODES).nullable(),
    childPlaybookId: z.string().min(1).max(200).nullable(),
  })
  .strict();
export type ComposerMemory = z.infer<typeof composerMemorySchema>;

export const EMPTY_COMPOSER_MEMORY: ComposerMemory = { devinMode: null, childPlaybookId: null };

export const composerChannels = {
  /** The values last used in this org (empty when none, or when signed out). */
  'composer:lastUsed': { request: z.undefined(), response: type<ComposerMemory>() },
  /** Remember these for the next session in this org. */
  'composer:remember': { request: composerMemorySchema, response: type<ComposerMemory>() },
} as const;

export type ComposerChannelName = keyof typeof composerChannels;
