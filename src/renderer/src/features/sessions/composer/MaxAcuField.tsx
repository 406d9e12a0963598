import { useT } from '../../../i18n/context';

/** The session's `max_acu_limit` (whole ACUs; empty = the organization's default). */
export function MaxAcuField({ id, value, invalid, onChange }: { id: string; value: string; invalid: boolean; onChange: (value: string) => void }) {
  const t = useT();
  const helpId = `${id}-help`;
  return (
    <div className="field composer-field">
      <label className="field-label" htmlFor={id}>
        {t('ui.sessions.composer.maxAcu')}
        <span className="field-optional">{t('ui.sessions.composer.optional')}</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={value}
        maxLength={12}
        placeholder={t('ui.settings.usage.orgDefault')}
        aria-invalid={invalid || undefined}
        aria-describedby={helpId}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className={invalid ? 'field-error' : 'field-help'} id={helpId}>
        {invalid ? t('ui.sessions.composer.maxAcuInvalid') : t('ui.sessions.composer.maxAcuHelp')}
      </p>
    </div>
  );
}
