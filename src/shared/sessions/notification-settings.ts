import { z } from 'zod';

/** The kinds of session events that can raise a notification. */
export const NOTIFICATION_KINDS = ['finished', 'waiting_for_user', 'waiting_for_approval', 'error', 'suspended', 'pr_opened'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Notification settings (merged by the lead into src/shared/settings.ts as `notifications`).
 *
 * `scope` defaults to `watched`: sessions created from this app (composer, handoff, CLI) plus
 * the ones the user chose to watch. An org key sees every teammate's sessions, so "all" would
 * make the tray noisy in any team larger than one, and noisy notifications get switched off
 * wholesale. Gitify can notify on everything because GitHub has already scoped its
 * notifications to the user; the Devin API has no such feed. `all` is one toggle away.
 */
export const notificationSettingsSchema = z.object({
  /** Master switch. */
  enabled: z.boolean().default(true),
  scope: z.enum(['watched', 'all']).default('watched'),
  kinds: z
    .object({
      finished: z.boolean().default(true),
      waiting_for_user: z.boolean().default(true),
      waiting_for_approval: z.boolean().default(true),
      error: z.boolean().default(true),
      suspended: z.boolean().default(true),
      pr_opened: z.boolean().default(true),
    })
    .default({ finished: true, waiting_for_user: true, waiting_for_approval: true, error: true, suspended: true, pr_opened: true }),
  /** Do not disturb until this time (ms since the epoch); null = off. Events meanwhile are dropped, not queued. */
  dndUntil: z.number().int().nonnegative().nullable().default(null),
  sound: z.boolean().default(true),
  /** Several events in one poll become one "3 sessions finished" notification. */
  group: z.boolean().default(true),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** Patch accepted over IPC (`sessions:setNotificationSettings`). */
export const notificationSettingsPatchSchema = z
  .object({
    enabled: z.boolean(),
    scope: z.enum(['watched', 'all']),
    kinds: z
      .object({
        finished: z.boolean(),
        waiting_for_user: z.boolean(),
        waiting_for_approval: z.boolean(),
        error: z.boolean(),
        suspended: z.boolean(),
        pr_opened: z.boolean(),
      })
      .partial()
      .strict(),
    dndUntil: z.number().int().nonnegative().nullable(),
    sound: z.boolean(),
    group: z.boolean(),
  })
  .partial()
  .strict();
export type NotificationSettingsPatch = z.infer<typeof notificationSettingsPatchSchema>;

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = notificationSettingsSchema.parse({});

/** Applies a patch (kinds merge field by field). */
export function applyNotificationPatch(s: NotificationSettings, p: NotificationSettingsPatch): NotificationSettings {
  return notificationSettingsSchema.parse({ ...s, ...p, kinds: { ...s.kinds, ...p.kinds } });
}

export { isDndActive } from './dnd';
