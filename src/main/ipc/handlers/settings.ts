import type { SettingsStore } from '../../settings/settings-store';
import { validateSettingsPatch } from '../../settings/validate-patch';
import type { Handlers } from '../router';

/** Settings channels. The router already checked the patch's shape; URLs are checked here. */
export function settingsHandlers(settings: SettingsStore): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(validateSettingsPatch(patch)),
  };
}
