import { useState } from 'react';
import { useT } from '../../../i18n/context';
import { InlineError } from '../../../ui/InlineError';
import { CloseIcon, SearchIcon } from '../../../ui/icons';
import { useOrgSecrets } from '../hooks/useOrgSecrets';
import type { SecretPick } from '../model/composer-draft';
import { filterSecrets } from '../model/filter-secrets';

export interface OrgSecretsPickerProps {
  selected: readonly SecretPick[];
  onChange: (next: SecretPick[]) => void;
  /** Id of the choice's label: the picker shows no label of its own. */
  labelledBy: string;
  invalid?: boolean;
}

/** The org's secrets as a filterable checklist (names and notes; the API gives no values); picks stay as chips. */
export function OrgSecretsPicker({ selected, onChange, labelledBy, invalid }: OrgSecretsPickerProps) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const state = useOrgSecrets();
  const isPicked = (id: string) => selected.some((x) => x.id === id);
  const toggle = (pick: SecretPick) => onChange(isPicked(pick.id) ? selected.filter((x) => x.id !== pick.id) : [...selected, pick]);
  const shown = state.kind === 'loaded' ? filterSecrets(state.list.items, filter) : [];

  return (
    <div className="field composer-field" role="group" aria-labelledby={labelledBy}>
      {selected.length > 0 && (
        <div className="chip-row">
          {selected.map((x) => (
            <span key={x.id} className="tag-chip tag-chip-active mono">
              {x.name}
              <button type="button" className="chip-remove" aria-label={t('ui.sessionSecrets.org.remove', { value: x.name })} onClick={() => toggle(x)}>
                <CloseIcon size={10} />
              </button>
            </span>
          ))}
        </div>
      )}
      {state.kind === 'forbidden' ? (
        <p className="field-hint org-secrets-forbidden" role="note">
          {t('ui.sessionSecrets.org.forbidden')}
        </p>
      ) : (
        <div className={invalid ? 'picker has-error' : 'picker'}>
          <div className="picker-filter">
            <SearchIcon size={13} />
            <input
              type="search"
              value={filter}
              placeholder={t('ui.sessionSecrets.org.filter')}
              aria-label={t('ui.sessionSecrets.org.filter')}
              onChange={(e) => setFilter(e.target.value)}
            />
          </div>
          {state.kind === 'failed' && <InlineError message={t('ui.sessionSecrets.org.failed', { message: state.error.message })} />}
          {state.kind === 'loading' && <p className="picker-note">{t('ui.sessionSecrets.org.loading')}</p>}
          {state.kind === 'loaded' && state.list.items.length === 0 && <p className="picker-note">{t('ui.sessionSecrets.org.empty')}</p>}
          {state.kind === 'loaded' && state.list.items.length > 0 && shown.length === 0 && <p className="picker-note">{t('ui.sessionSecrets.org.noMatch')}</p>}
          {shown.length > 0 && (
            <ul className="picker-list">
              {shown.map((s) => {
                const name = s.key ?? t('ui.sessionSecrets.org.unnamed');
                return (
                  <li key={s.secret_id}>
                    <label className="picker-item">
                      <input type="checkbox" checked={isPicked(s.secret_id)} onChange={() => toggle({ id: s.secret_id, name })} />
                      <span className="picker-item-name truncate mono">{name}</span>
                      {s.note && <span className="picker-item-sub truncate">{s.note}</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          {state.kind === 'loaded' && !state.list.complete && <p className="picker-note">{t('ui.sessionSecrets.org.incomplete', { count: state.list.items.length })}</p>}
        </div>
      )}
    </div>
  );
}
