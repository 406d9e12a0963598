import { z } from 'zod';
import type { AccountsView } from '../../accounts';
import { ACCOUNT_LABEL_MAX } from '../../settings';
import { type } from '../phantom';

/**
 * Several accounts (#16). The renderer names accounts by their id; keys go in (add) and never come
 * back out. Removing asks in main's own dialog first.
 */
const accountId = z.string().min(1).max(64);
const label = z.string().min(1).max(ACCOUNT_LABEL_MAX * 2);

export const accountsChannels = {
  'accounts:list': { request: z.undefined(), response: type<AccountsView>() },
  'accounts:add': {
    request: z
      .object({
        label,
        key: z.string().min(1).max(4096),
        orgId: z.string().max(200).optional(),
        apiBaseUrl: z.string().max(2048).optional(),
      })
      .strict(),
    response: type<AccountsView>(),
  },
  'accounts:remove': { request: z.object({ id: accountId }).strict(), response: type<AccountsView>() },
  'accounts:rename': { request: z.object({ id: accountId, label }).strict(), response: type<AccountsView>() },
  'accounts:setCurrent': { request: z.object({ id: accountId }).strict(), response: type<AccountsView>() },
} as const;

export const accountsEvents = {
  'accounts:changed': type<AccountsView>(),
} as const;

export type AccountsChannelName = keyof typeof accountsChannels;
