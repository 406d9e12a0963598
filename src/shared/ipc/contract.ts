import { z } from 'zod';
import type { AccountView, SignInResult } from '../account';
import type { Settings } from '../settings';
import { settingsPatchSchema } from '../settings';
import type { SerializedError } from '../errors';
import type { Locale } from '../i18n/locale';

import { type } from './phantom';
import { libraryChannels, libraryEvents } from './channels/library';
import { sessionsChannels, sessionsEvents } from './channels/sessions';
import { desktopChannels, desktopEvents } from './channels/desktop';
import { handoffChannels, handoffEvents } from './channels/handoff';
import { attachmentsChannels, attachmentsEvents } from './channels/attachments';
import { attachmentsUiChannels } from './channels/attachments-ui';
import { updateChannels, updateEvents } from './channels/update';
import { sessionMetaChannels } from './channels/session-meta';
import { composerChannels } from './channels/composer';
import { checkoutChannels } from './channels/checkout';
import { accountsChannels, accountsEvents } from './channels/accounts';
import { usageChannels, usageEvents } from './channels/usage';
import { networkChannels, networkEvents } from './channels/network';
import { secretsChannels } from './channels/secrets';
import { draftsChannels } from './channels/drafts';
import { sessionScopeChannels, sessionScopeEvents } from './channels/session-scope';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** The locale the app resolved from settings and the OS. */
  locale: Locale;
  /** Tells the UI it runs in the browser preview / e2e harness, not Electron. */
  runtime: 'electron' | 'preview';
}

/** A message main wants shown (e.g. "settings were reset"); keys are i18n keys. */
export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  key: string;
  params?: Record<string, string | number>;
  /** Params already rendered per language (an error's message): the banner follows a language switch. */
  paramsByLocale?: Partial<Record<Locale, Record<string, string | number>>>;
}

/**
 * The IPC contract: every channel once, with its request schema and response type. The router
 * must implement exactly these (a missing or extra handler fails `tsc`), the preload bridge is
 * generated from them, and the renderer's types come from the bridge. Channel names are
 * `namespace:method` and become `devinTray.namespace.method(request)`.
 */
export const channels = {
  'app:info': { request: z.undefined(), response: type<AppInfo>() },
  'app:notices': { request: z.undefined(), response: type<Notice[]>() },
  'app:dismissNotice': { request: z.string().max(200), response: type<void>() },

  'account:status': { request: z.undefined(), response: type<AccountView>() },
  'account:signIn': {
    request: z
      .object({
        key: z.string().min(1).max(4096),
        /** Type an org id instead of picking (enterprise keys). */
        orgId: z.string().max(200).optional(),
        /** Keep the key in this run's memory only (chosen when no keychain is available). */
        memoryOnly: z.boolean().optional(),
      })
      .strict(),
    response: type<SignInResult>(),
  },
  'account:chooseOrg': {
    request: z
      .object({
        orgId: z.string().min(1).max(200),
        orgName: z.string().max(500).optional(),
        /** Keep the key in memory for this run (the keychain failed when the org was chosen). */
        memoryOnly: z.boolean().optional(),
      })
      .strict(),
    response: type<AccountView>(),
  },
  'account:signOut': { request: z.undefined(), response: type<AccountView>() },
  'account:startDemo': { request: z.undefined(), response: type<AccountView>() },

  'settings:get': { request: z.undefined(), response: type<Settings>() },
  'settings:update': { request: settingsPatchSchema, response: type<Settings>() },

  'shell:openExternal': { request: z.string().max(4096), response: type<void>() },
  ...libraryChannels,
  ...sessionsChannels,
  ...desktopChannels,
  ...handoffChannels,
  ...attachmentsChannels,
  ...attachmentsUiChannels,
  ...updateChannels,
  ...sessionMetaChannels,
  ...composerChannels,
  ...checkoutChannels,
  ...usageChannels,
  ...networkChannels,
  ...secretsChannels,
  ...draftsChannels,
  ...accountsChannels,
  ...sessionScopeChannels,
} as const;

/** Push events main sends to the renderer. */
export const events = {
  'account:changed': type<AccountView>(),
  'settings:changed': type<Settings>(),
  'app:notice': type<Notice>(),
  /** A notice stopped being true (e.g. "could not sign in" once signed in): the UI drops it (its id). */
  'app:noticeCleared': type<string>(),
  ...libraryEvents,
  ...sessionsEvents,
  ...desktopEvents,
  ...handoffEvents,
  ...attachmentsEvents,
  ...updateEvents,
  ...usageEvents,
  ...networkEvents,
  ...accountsEvents,
  ...sessionScopeEvents,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = Channels[C]['response'];
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = Events[E];

/** What crosses the wire for every invoke: never a thrown Error (Electron would flatten it). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };
