import { useId } from 'react';
import type { Playbook } from '../../../../../shared/domain/playbook';
import { useT } from '../../../i18n/context';
import { InlineError } from '../../../ui/InlineError';

export interface PlaybookPickerProps {
  value: string | null;
  onChange: (playbookId: string | null) => void;
  playbooks: readonly Playbook[] | null;
  error: string | null;
}

/** One playbook or none. A preselected id the list does not (yet) contain is still shown and kept. */
export function PlaybookPicker({ value, onChange, playbooks, error }: PlaybookPickerProps) {
  const t = useT();
  const id = useId();
  const known = value === null || (playbooks ?? []).some((p) => p.playbook_id === value);
  return (
    <div className="field composer-field">
      <label className="field-label" htmlFor={id}>
        {t('ui.sessions.composer.playbook')}
        <span className="field-optional">{t('ui.sessions.composer.optional')}</span>
      </label>
      <select id={id} className="sessions-select composer-select" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{playbooks === null && !error ? t('ui.sessions.composer.loading') : t('ui.sessions.composer.noPlaybook')}</option>
        {!known && value !== null && <option value={value}>{t('ui.sessions.composer.unknownPlaybook', { id: value })}</option>}
        {(playbooks ?? []).map((p) => (
          <option key={p.playbook_id} value={p.playbook_id}>
            {p.title}
          </option>
        ))}
      </select>
      {error && <InlineError message={t('ui.sessions.composer.playbooksFailed', { message: error })} />}
    </div>
  );
}
