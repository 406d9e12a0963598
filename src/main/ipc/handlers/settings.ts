import type { Settings } from '../../../shared/settings';
import type { PathHandles } from '../../security/path-handles';
import type { SettingsStore } from '../../settings/settings-store';
import { validateSettingsPatch } from '../../settings/validate-patch';
import type { Handlers } from '../router';

export interface SettingsHandlersDeps {
  settings: SettingsStore;
  /** The download root arrives as a folder handle from attachments:chooseFolder, never a path. */
  handles: PathHandles;
  /** Saves a new API URL, asking in main's own dialog first when the signed-in key would be left behind (account/api-url-change.ts). */
  saveApiBaseUrl: (url: string) => Promise<void>;
}

/**
 * Settings channels. The router already checked the patch's shape; here the API URL is checked
 * and goes through main's confirmation, and a download root handle becomes its folder. Every
 * check runs before anything is saved, so a refused patch changes nothing.
 */
export function settingsHandlers(deps: SettingsHandlersDeps): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => deps.settings.get(),
    'settings:update': async (patch, ctx) => {
      const { apiBaseUrl, attachmentsFolder, ...rest } = validateSettingsPatch(patch);
      const next: Partial<Settings> = { ...rest };
      if (attachmentsFolder !== undefined) {
        next.attachmentsFolder = attachmentsFolder === null ? null : deps.handles.resolve(ctx.senderId ?? '', 'folder', attachmentsFolder, 'attachmentsFolder');
      }
      if (apiBaseUrl !== undefined) await deps.saveApiBaseUrl(apiBaseUrl);
      return deps.settings.update(next);
    },
  };
}
