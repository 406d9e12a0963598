import { useState } from 'react';
import { formatDateTime } from '../../../shared/intl/date-time';
import { useLocale, useT } from '../i18n/context';
import { useAppStore, useSettings } from '../store/hooks';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';
import { SettingsSection } from '../ui/SettingsSection';
import { Toggle } from '../ui/Toggle';
import { toUiError } from '../ui/ui-error';
import { getBridge } from '../bridge';
import { updateStatusText } from './update-text';
import { useUpdateStatus } from './useUpdateStatus';

/**
 * Settings › Updates: automatic updates on or off, where they stand (checking, downloading,
 * ready, the last failure and the next try), "Check now" and "Restart to update".
 */
export function UpdatesSection() {
  const t = useT();
  const locale = useLocale();
  const store = useAppStore();
  const { autoUpdate } = useSettings();
  const view = useUpdateStatus();
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  const fail = (err: unknown) => setError(toUiError(err, t).message);
  const formatTime = (ms: number) => formatDateTime(ms, locale, 'dateTime');
  // Demo, a development build or an unsupported package: the setting would change nothing.
  const blocked = view?.status.kind === 'off' && view.status.reason !== 'setting';
  const text = view ? updateStatusText(view, t, formatTime) : null;

  const checkNow = () => {
    setError(null);
    setChecking(true);
    getBridge()
      .update.check()
      .catch(fail)
      .finally(() => setChecking(false));
  };
  const restart = () => {
    setError(null);
    getBridge().update.restart().catch(fail);
  };

  return (
    <SettingsSection title={t('ui.update.title')}>
      <div className="settings-card">
        <Toggle
          label={t('ui.update.toggle')}
          help={t('ui.update.toggleHelp')}
          checked={autoUpdate && !blocked}
          disabled={blocked}
          onChange={(v) => {
            setError(null);
            store.updateSettings({ autoUpdate: v }).catch((err: unknown) => setError(t('ui.settings.saveFailed', { detail: toUiError(err, t).message })));
          }}
        />
        <div className="update-status" role="status">
          <p className="update-line">{text ? text.line : t('ui.update.loading')}</p>
          {text?.when && <p className="field-help">{text.when}</p>}
          {view && <p className="field-help">{t('ui.update.current', { version: view.currentVersion })}</p>}
        </div>
        {error && <InlineError message={error} />}
        {view && (view.canCheck || view.status.kind === 'ready' || view.status.kind === 'checking') && (
          <div className="update-actions">
            {view.status.kind === 'ready' ? (
              <Button variant="primary" onClick={restart}>
                {t('ui.update.restart')}
              </Button>
            ) : (
              <Button busy={checking || view.status.kind === 'checking'} onClick={checkNow}>
                {t('ui.update.checkNow')}
              </Button>
            )}
          </div>
        )}
      </div>
    </SettingsSection>
  );
}
