import { z } from 'zod';
import { notificationSettingsSchema } from './sessions/notification-settings';

/**
 * The settings file's schema. Every field has a default so a file written by an older version
 * parses into a complete object; structural changes go through a migration (settings/migrations.ts).
 */
export const SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  version: z.number().int().default(SETTINGS_VERSION),
  locale: z.enum(['system', 'en', 'zh-CN']).default('system'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** API origin without /v3; dedicated enterprise hosts replace api.devin.ai. */
  apiBaseUrl: z.string().default('https://api.devin.ai'),
  /** Web app origin, for "open in Devin" links. */
  appBaseUrl: z.string().default('https://app.devin.ai'),
  orgId: z.string().nullable().default(null),
  orgName: z.string().nullable().default(null),
  /** Which session events notify, for which sessions, do-not-disturb, sound (sessions feature). */
  notifications: notificationSettingsSchema.default(() => notificationSettingsSchema.parse({})),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * What the renderer may change (everything but bookkeeping). Built from the fields' inner types
 * (`unwrap()` drops the default), else a partial patch would fill in defaults and reset the rest.
 */
const s = settingsSchema.shape;
export const settingsPatchSchema = z
  .object({
    locale: s.locale.unwrap().optional(),
    theme: s.theme.unwrap().optional(),
    apiBaseUrl: s.apiBaseUrl.unwrap().max(2048).optional(),
    appBaseUrl: s.appBaseUrl.unwrap().max(2048).optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
