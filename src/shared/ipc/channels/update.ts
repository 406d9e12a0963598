import { z } from 'zod';
import type { UpdateView } from '../../update/update-view';
import { type } from '../phantom';

/**
 * Self-update channels (Settings › Updates). Main decides everything; the UI shows the view,
 * asks for a check, or asks to restart into a downloaded update.
 */
export const updateChannels = {
  'update:status': { request: z.undefined(), response: type<UpdateView>() },
  /** Checks now (refused quietly when off or busy); resolves with the view once the feed answered. */
  'update:check': { request: z.undefined(), response: type<UpdateView>() },
  /** Quits and installs the downloaded update; `UPDATE_NOT_READY` when there is none. */
  'update:restart': { request: z.undefined(), response: type<void>() },
} as const;

export const updateEvents = {
  'update:changed': type<UpdateView>(),
} as const;

export type UpdateChannelName = keyof typeof updateChannels;
