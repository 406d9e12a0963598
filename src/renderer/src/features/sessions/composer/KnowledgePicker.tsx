import { useId, useState } from 'react';
import { useT } from '../../../i18n/context';
import { InlineError } from '../../../ui/InlineError';
import { CloseIcon, SearchIcon } from '../../../ui/icons';
import { useKnowledgeNotes } from '../hooks/useKnowledgeNotes';
import type { KnowledgePick } from '../model/composer-draft';

export interface KnowledgePickerProps {
  selected: readonly KnowledgePick[];
  onChange: (next: KnowledgePick[]) => void;
  /** Id of a label outside (the knowledge choice's): the picker then shows no label of its own. */
  labelledBy?: string;
  invalid?: boolean;
}

/** Several knowledge notes, picked from a filterable checklist; the picks stay as chips while filtering. */
export function KnowledgePicker({ selected, onChange, labelledBy, invalid }: KnowledgePickerProps) {
  const t = useT();
  const ownLabelId = useId();
  const labelId = labelledBy ?? ownLabelId;
  const [filter, setFilter] = useState('');
  const { notes, error } = useKnowledgeNotes(filter);
  const isPicked = (id: string) => selected.some((k) => k.id === id);
  const toggle = (pick: KnowledgePick) =>
    onChange(isPicked(pick.id) ? selected.filter((k) => k.id !== pick.id) : [...selected, pick]);

  return (
    <div className="field composer-field" role="group" aria-labelledby={labelId}>
      {!labelledBy && (
        <span className="field-label" id={labelId}>
          {t('ui.sessions.composer.knowledge')}
          <span className="field-optional">
            {selected.length > 0 ? t('ui.sessions.composer.knowledgeSelected', { count: selected.length }) : t('ui.sessions.composer.optional')}
          </span>
        </span>
      )}
      {selected.length > 0 && (
        <div className="chip-row">
          {selected.map((k) => (
            <span key={k.id} className="tag-chip tag-chip-active">
              {k.name}
              <button type="button" className="chip-remove" aria-label={t('ui.sessions.composer.remove', { value: k.name })} onClick={() => toggle(k)}>
                <CloseIcon size={10} />
              </button>
            </span>
          ))}
        </div>
      )}
      <div className={invalid ? 'picker has-error' : 'picker'}>
        <div className="picker-filter">
          <SearchIcon size={13} />
          <input
            type="search"
            value={filter}
            placeholder={t('ui.sessions.composer.knowledgeFilter')}
            aria-label={t('ui.sessions.composer.knowledgeFilter')}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
        {error && <InlineError message={t('ui.sessions.composer.knowledgeFailed', { message: error.message })} />}
        {!error && notes === null && <p className="picker-note">{t('ui.sessions.composer.loading')}</p>}
        {notes !== null && notes.length === 0 && <p className="picker-note">{t('ui.sessions.composer.knowledgeEmpty')}</p>}
        {notes !== null && notes.length > 0 && (
          <ul className="picker-list">
            {notes.map((n) => (
              <li key={n.note_id}>
                <label className="picker-item">
                  <input type="checkbox" checked={isPicked(n.note_id)} onChange={() => toggle({ id: n.note_id, name: n.name })} />
                  <span className="picker-item-name truncate">{n.name}</span>
                  {n.folder_path && n.folder_path !== '/' && <span className="picker-item-sub truncate">{n.folder_path}</span>}
                </label>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
