import { z } from 'zod';
import { notificationSettingsSchema } from './sessions/notification-settings';
import { attachmentSettingsSchema } from './attachments/settings';
import { DEFAULT_USAGE_SETTINGS, usageSettingsSchema } from './usage/usage-settings';

/**
 * The settings file's schema. Every field has a default so a file written by an older version
 * parses into a complete object; structural changes go through a migration (settings/migrations.ts).
 */
export const SETTINGS_VERSION = 3;

/** A window's position and size in screen coordinates (DIP). */
export const windowBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

/** Longest account label (it is shown in a list column and typed after `--account`). */
export const ACCOUNT_LABEL_MAX = 40;

/**
 * One signed-in account (#16): a key in its own keychain entry, bound to the API origin it was checked
 * at (account/bound-key.ts), with its org and a label. `id` never changes and is never derived from the
 * label; labels are unique (compared without case) and editable.
 */
export const accountRecordSchema = z.object({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(ACCOUNT_LABEL_MAX),
  /** Where this account's key is sent; fixed when the account signs in. */
  apiBaseUrl: z.string(),
  orgId: z.string().nullable().default(null),
  orgName: z.string().nullable().default(null),
  /**
   * Whether the last sign-in put the key in the OS keychain; null for files written before this was
   * recorded. A keychain that cannot be read at start is only reported when a key may be there.
   */
  keyInKeychain: z.boolean().nullable().default(null),
  /** The keychain entry (account name under the "devin-tray" service) holding this account's key. */
  keyEntry: z.string().min(1).max(100),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

export const settingsSchema = z.object({
  version: z.number().int().default(SETTINGS_VERSION),
  locale: z.enum(['system', 'en', 'zh-CN']).default('system'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /**
   * API origin without /v3; dedicated enterprise hosts replace api.devin.ai. The stored key is bound
   * to the origin it was checked at (account/bound-key.ts), so a new value here never receives it.
   * The web app's host for links is derived from this origin (security/app-origins.ts), not stored.
   */
  apiBaseUrl: z.string().default('https://api.devin.ai'),
  /**
   * Bookkeeping (not in the patch schema): the accounts signed in (settings v3; v2's single
   * `orgId`/`orgName`/`keyInKeychain` became the first one). A new sign-in uses `apiBaseUrl` above.
   */
  accounts: z.array(accountRecordSchema).default([]),
  /** The account handoff, the library and the composer act in (the top bar switches it). */
  currentAccountId: z.string().nullable().default(null),
  /** Which session events notify, for which sessions, do-not-disturb, sound (sessions feature). */
  notifications: notificationSettingsSchema.default(() => notificationSettingsSchema.parse({})),
  /** Download folder root and auto-download on finish (attachments feature). */
  ...attachmentSettingsSchema.shape,
  /** Desktop habits (Electron shell): start with the OS session. */
  launchAtLogin: z.boolean().default(false),
  /** Start in the tray without opening the window (also when launched at login). */
  startHidden: z.boolean().default(false),
  /**
   * An Electron accelerator that shows the window from anywhere ("CommandOrControl+Shift+Space"),
   * or null. Off by default: a system-wide key taken without asking collides with other apps.
   */
  globalShortcut: z.string().max(100).nullable().default(null),
  /** Check GitHub Releases at start and daily, download in the background, offer "Restart to update". */
  autoUpdate: z.boolean().default(true),
  /** The window's last normal bounds; main clamps them to the displays present at the next start. */
  windowBounds: windowBoundsSchema.nullable().default(null),
  /** ACU budgets (daily, monthly) and the composer's default max ACU limit (usage feature). */
  usage: usageSettingsSchema.default(() => ({ ...DEFAULT_USAGE_SETTINGS })),
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
    launchAtLogin: s.launchAtLogin.unwrap().optional(),
    startHidden: s.startHidden.unwrap().optional(),
    globalShortcut: s.globalShortcut.unwrap().optional(),
    autoUpdate: s.autoUpdate.unwrap().optional(),
    /** A folder handle from attachments:chooseFolder (main resolves it; a path is refused), or null for ~/Downloads/Devin. */
    attachmentsFolder: z.string().min(1).max(4096).nullable().optional(),
    autoDownloadAttachments: s.autoDownloadAttachments.unwrap().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
