import { useState } from 'react';
import { useT } from '../i18n/context';
import { isMacPlatform } from '../shell/section-shortcut';
import { useAppInfo, useAppStore, useSettings } from '../store/hooks';
import { InlineError } from '../ui/InlineError';
import { Toggle } from '../ui/Toggle';
import { toUiError } from '../ui/ui-error';
import type { SettingsPatch } from '../../../shared/settings';
import { ShortcutField } from './ShortcutField';
import { SettingsSection } from '../ui/SettingsSection';

/** Desktop habits: launch at login, start in the tray, and the global shortcut. */
export function DesktopSection() {
  const t = useT();
  const store = useAppStore();
  const info = useAppInfo();
  const { launchAtLogin, startHidden } = useSettings();
  const [error, setError] = useState<string | null>(null);

  const update = (patch: SettingsPatch) => {
    setError(null);
    store.updateSettings(patch).catch((err: unknown) => setError(t('ui.settings.saveFailed', { detail: toUiError(err, t).message })));
  };

  return (
    <SettingsSection title={t('ui.settings.desktop')}>
      <div className="settings-card">
        <Toggle
          label={t('ui.settings.launchAtLogin')}
          help={t('ui.settings.launchAtLoginHelp')}
          checked={launchAtLogin}
          onChange={(v) => update({ launchAtLogin: v })}
        />
        <Toggle
          label={t('ui.settings.startHidden')}
          help={t('ui.settings.startHiddenHelp')}
          checked={startHidden}
          onChange={(v) => update({ startHidden: v })}
        />
        {error && <InlineError message={error} />}
        <ShortcutField isMac={isMacPlatform(info?.platform)} />
      </div>
    </SettingsSection>
  );
}
