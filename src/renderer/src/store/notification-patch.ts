import type { NotificationSettings, NotificationSettingsPatch } from '../../../shared/sessions/notification-settings';

/**
 * The notification settings a patch will give (kinds merge field by field), shown at once while
 * main saves and validates it (its answer then replaces this). Not applyNotificationPatch: that
 * one parses with zod, which the renderer does not load before the first paint.
 */
export function mergeNotificationPatch(settings: NotificationSettings, patch: NotificationSettingsPatch): NotificationSettings {
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
  const { kinds, ...rest } = patch;
  return { ...settings, ...defined(rest), kinds: { ...settings.kinds, ...defined(kinds ?? {}) } };
}
