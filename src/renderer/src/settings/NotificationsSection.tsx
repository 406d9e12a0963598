import { useId } from 'react';
import { useT } from '../i18n/context';
import type { MessageKey } from '../../../shared/i18n';
import { NOTIFICATION_KINDS } from '../../../shared/sessions/notification-settings';
import type { NotificationSettings } from '../../../shared/sessions/notification-settings';
import { InlineError } from '../ui/InlineError';
import { Segmented } from '../ui/Segmented';
import { Toggle } from '../ui/Toggle';
import { DndControl } from './DndControl';
import { useNotificationSettings } from './useNotificationSettings';
import { SettingsSection } from '../ui/SettingsSection';

const KIND_LABELS: Record<(typeof NOTIFICATION_KINDS)[number], MessageKey> = {
  finished: 'ui.settings.notify.kind.finished',
  waiting_for_user: 'ui.settings.notify.kind.waiting_for_user',
  waiting_for_approval: 'ui.settings.notify.kind.waiting_for_approval',
  error: 'ui.settings.notify.kind.error',
  suspended: 'ui.settings.notify.kind.suspended',
  pr_opened: 'ui.settings.notify.kind.pr_opened',
};

/**
 * Which session events raise a desktop notification, for which sessions, do-not-disturb, sound and
 * grouping. With the master switch off, the rest stays visible but disabled, keeping its values.
 */
export function NotificationsSection() {
  const t = useT();
  const { value, error, update } = useNotificationSettings();
  const off = !value.enabled;
  const scopeHelpId = useId();

  return (
    <SettingsSection title={t('ui.settings.notifications')}>
      <div className="settings-card">
        <Toggle
          label={t('ui.settings.notify.enabled')}
          help={t('ui.settings.notify.enabledHelp')}
          checked={value.enabled}
          onChange={(enabled) => update({ enabled })}
        />
        {/* Each control is disabled itself too: some engines (and happy-dom) ignore a disabled fieldset. */}
        <fieldset className={off ? 'settings-fieldset is-off' : 'settings-fieldset'} disabled={off}>
          <legend className="visually-hidden">{t('ui.settings.notifications')}</legend>
          <fieldset className="kind-list">
            <legend className="field-label">{t('ui.settings.notify.kinds')}</legend>
            <div className="kind-grid">
              {NOTIFICATION_KINDS.map((kind) => (
                <label key={kind} className="check-row">
                  <input type="checkbox" checked={value.kinds[kind]} disabled={off} onChange={(e) => update({ kinds: { [kind]: e.target.checked } })} />
                  <span>{t(KIND_LABELS[kind])}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <Segmented<NotificationSettings['scope']>
              label={t('ui.settings.notify.scope')}
              name="notify-scope"
              value={value.scope}
              onChange={(scope) => update({ scope })}
              describedBy={scopeHelpId}
              disabled={off}
              options={[
                { value: 'watched', label: t('ui.settings.notify.scope.watched') },
                { value: 'all', label: t('ui.settings.notify.scope.all') },
              ]}
            />
            <p className="field-help" id={scopeHelpId}>
              {t('ui.settings.notify.scopeHelp')}
            </p>
          </div>
          <DndControl dndUntil={value.dndUntil} disabled={off} onChange={(dndUntil) => update({ dndUntil })} />
          <Toggle label={t('ui.settings.notify.sound')} checked={value.sound} disabled={off} onChange={(sound) => update({ sound })} />
          <Toggle
            label={t('ui.settings.notify.group')}
            help={t('ui.settings.notify.groupHelp')}
            checked={value.group}
            disabled={off}
            onChange={(group) => update({ group })}
          />
        </fieldset>
        {error && <InlineError message={error} />}
      </div>
    </SettingsSection>
  );
}
