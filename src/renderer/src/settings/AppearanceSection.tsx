import { useState } from 'react';
import { useT } from '../i18n/context';
import { useAppStore, useSettings } from '../store/hooks';
import { InlineError } from '../ui/InlineError';
import { Segmented } from '../ui/Segmented';
import { toUiError } from '../ui/ui-error';
import type { UiError } from '../ui/ui-error';
import type { Settings } from '../../../shared/settings';
import { SettingsSection } from '../ui/SettingsSection';

/** Language and theme apply as soon as they are picked (the store updates before main answers). */
export function AppearanceSection() {
  const t = useT();
  const store = useAppStore();
  const { locale, theme } = useSettings();
  const [error, setError] = useState<UiError | null>(null);

  const update = (patch: Partial<Pick<Settings, 'locale' | 'theme'>>) => {
    setError(null);
    store.updateSettings(patch).catch((err: unknown) => setError(toUiError(err, t)));
  };

  return (
    <SettingsSection title={t('ui.settings.appearance')}>
      <div className="settings-card">
        <Segmented<Settings['locale']>
          label={t('ui.settings.language')}
          name="locale"
          value={locale}
          onChange={(v) => update({ locale: v })}
          options={[
            { value: 'system', label: t('ui.settings.language.system') },
            { value: 'en', label: t('ui.settings.language.en'), lang: 'en' },
            { value: 'zh-CN', label: t('ui.settings.language.zh-CN'), lang: 'zh-CN' },
          ]}
        />
        <Segmented<Settings['theme']>
          label={t('ui.settings.theme')}
          name="theme"
          value={theme}
          onChange={(v) => update({ theme: v })}
          options={[
            { value: 'system', label: t('ui.settings.theme.system') },
            { value: 'light', label: t('ui.settings.theme.light') },
            { value: 'dark', label: t('ui.settings.theme.dark') },
          ]}
        />
        {error && <InlineError message={t('ui.settings.saveFailed', { detail: error.message })} />}
      </div>
    </SettingsSection>
  );
}
