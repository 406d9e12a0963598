import { describe, expect, it } from 'vitest';
import { mergeNotificationPatch } from './notification-patch';
import { applyNotificationPatch, DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/sessions/notification-settings';
import type { NotificationSettingsPatch } from '../../../shared/sessions/notification-settings';

describe('mergeNotificationPatch', () => {
  it('gives what main will save for a valid patch (kinds merge field by field)', () => {
    const patches: NotificationSettingsPatch[] = [
      { enabled: false },
      { kinds: { finished: false } },
      { scope: 'all', kinds: { error: false, pr_opened: false }, dndUntil: 1_700_000_000_000 },
      { dndUntil: null, sound: false, group: false },
    ];
    let settings = DEFAULT_NOTIFICATION_SETTINGS;
    for (const patch of patches) {
      const merged = mergeNotificationPatch(settings, patch);
      expect(merged).toEqual(applyNotificationPatch(settings, patch));
      settings = merged;
    }
    expect(settings.kinds).toMatchObject({ finished: false, error: false, pr_opened: false, waiting_for_user: true });
  });

  it('leaves a field alone when the patch names it without a value', () => {
    const merged = mergeNotificationPatch(DEFAULT_NOTIFICATION_SETTINGS, { enabled: undefined, kinds: { finished: undefined } } as NotificationSettingsPatch);
    expect(merged).toEqual(DEFAULT_NOTIFICATION_SETTINGS);
  });
});
