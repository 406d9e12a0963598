import { z } from 'zod';
import type { DroppedItem, PickedFile } from '../../attachments/picked';
import { type } from '../phantom';

/**
 * What the attachments UI needs beyond the engine's channels: a native picker for files to
 * attach to a reply, and the preload's registration of dropped files. The handles they return go
 * to `attachments:upload` (and folder handles to downloads).
 */
/** Most files one reply can carry (`attachments:upload` takes up to 20 handles). */
export const MAX_REPLY_FILES = 20;
/** Most items one drop registers. */
export const MAX_DROPPED_ITEMS = 100;

export const attachmentsUiChannels = {
  /** A multi-select file picker; [] when dismissed. */
  'attachments:chooseFiles': { request: z.undefined(), response: type<PickedFile[]>() },
  /**
   * PRELOAD ONLY (see preload-only.ts; the page's transport refuses it): the paths Electron's
   * webUtils gave for the files of one drop ('' for a File that was not dropped). Main answers
   * with a handle per item it could find on disk, null for the others, in order.
   */
  'attachments:registerDrop': {
    request: z.object({ paths: z.array(z.string().max(4096)).min(1).max(MAX_DROPPED_ITEMS) }).strict(),
    response: type<(DroppedItem | null)[]>(),
  },
} as const;

export type AttachmentsUiChannelName = keyof typeof attachmentsUiChannels;
