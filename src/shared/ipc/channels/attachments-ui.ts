import { z } from 'zod';
import { type } from '../phantom';

/**
 * What the attachments UI needs beyond the engine's channels: a native picker for files to
 * attach to a reply. The paths it returns go to `attachments:upload`.
 */
/** Most files one reply can carry (`attachments:upload` takes up to 20 paths). */
export const MAX_REPLY_FILES = 20;

export const attachmentsUiChannels = {
  /** A multi-select file picker; [] when dismissed. */
  'attachments:chooseFiles': { request: z.undefined(), response: type<string[]>() },
} as const;

export type AttachmentsUiChannelName = keyof typeof attachmentsUiChannels;
