import { app, nativeTheme } from 'electron';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { SettingsStore } from '../settings/settings-store';

/** Light / dark / system for native surfaces (menus, dialogs, the window frame) and the page's prefers-color-scheme. */
export function syncTheme(settings: Pick<SettingsStore, 'get' | 'onChange'>): () => void {
  const apply = (s: Settings) => {
    if (nativeTheme.themeSource !== s.theme) nativeTheme.themeSource = s.theme;
  };
  apply(settings.get());
  return settings.onChange(apply);
}

/** The About panel: name, version, the project's links. */
export function setAboutPanel(opts: { version: string; locale: Locale; website: string; iconPath?: string }): void {
  app.setAboutPanelOptions({
    applicationName: 'Devin Tray',
    applicationVersion: opts.version,
    version: opts.version,
    copyright: 'MIT License',
    credits: translate(opts.locale, 'desktop.about.credits'),
    website: opts.website,
    ...(opts.iconPath ? { iconPath: opts.iconPath } : {}),
  });
}
