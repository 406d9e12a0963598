import { useCallback, useEffect, useState } from 'react';
import { getBridge } from '../bridge';
import { useT } from '../i18n/context';
import { useAppStore, useSettings } from '../store/hooks';
import { toUiError } from '../ui/ui-error';
import type { NotificationSettings, NotificationSettingsPatch } from '../../../shared/sessions/notification-settings';

export interface NotificationSettingsState {
  value: NotificationSettings;
  /** Why loading or the last change failed (already translated), or null. */
  error: string | null;
  update: (patch: NotificationSettingsPatch) => void;
}

/**
 * The notification settings: read from main (`sessions:notificationSettings`) when Settings opens,
 * then followed through `settings.notifications` (main pushes every change, e.g. a pause chosen
 * from the tray). Changes apply at once and go back if main refuses them.
 */
export function useNotificationSettings(): NotificationSettingsState {
  const t = useT();
  const store = useAppStore();
  const { notifications } = useSettings();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getBridge()
      .sessions.notificationSettings()
      .then((v) => live && store.setNotificationSettings(v))
      .catch((err: unknown) => live && setError(t('ui.settings.notify.loadFailed', { detail: toUiError(err, t).message })));
    return () => {
      live = false;
    };
    // Once per visit (and again after a language switch, harmlessly); later changes arrive
    // through settings:changed.
  }, [store, t]);

  const update = useCallback(
    (patch: NotificationSettingsPatch) => {
      setError(null);
      store.updateNotificationSettings(patch).catch((err: unknown) => setError(t('ui.settings.saveFailed', { detail: toUiError(err, t).message })));
    },
    [store, t],
  );

  return { value: notifications, error, update };
}
