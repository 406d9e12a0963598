import { useState } from 'react';
import { useT } from '../../../i18n/context';
import { InlineError } from '../../../ui/InlineError';
import { CloseIcon } from '../../../ui/icons';
import { useSessionTags } from './useSessionTags';
import './session-meta.css';

export interface TagEditorProps {
  sessionId: string;
  /** The tags as the live list has them. */
  tags: readonly string[];
  /** Filters the list by a tag (clicking a chip's name). */
  onTag?: (tag: string) => void;
}

/** A session's tags as chips: click a name to filter the list, × to remove, type and Enter to add. */
export function TagEditor({ sessionId, tags: listed, onTag }: TagEditorProps) {
  const t = useT();
  const state = useSessionTags(sessionId, listed);
  const [text, setText] = useState('');
  const submit = () => {
    if (text.trim() === '') return;
    if (state.add(text)) setText('');
  };
  return (
    <div className="tag-editor">
      {state.tags.length > 0 && (
        <ul className="chip-row tag-editor-chips" aria-label={t('ui.sessions.detail.tags')}>
          {state.tags.map((tag) => (
            <li key={tag} className={tag === state.pending ? 'tag-chip tag-chip-active is-pending' : 'tag-chip tag-chip-active'}>
              {onTag ? (
                <button type="button" className="tag-chip-name" title={t('ui.sessions.tag.filterBy', { tag })} onClick={() => onTag(tag)}>
                  {tag}
                </button>
              ) : (
                <span className="tag-chip-name">{tag}</span>
              )}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('ui.sessionMeta.tags.remove', { tag })}
                title={t('ui.sessionMeta.tags.remove', { tag })}
                disabled={state.busy}
                onClick={() => state.remove(tag)}
              >
                <CloseIcon size={10} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="text"
        className="tag-editor-input"
        value={text}
        maxLength={400}
        placeholder={t('ui.sessionMeta.tags.addPlaceholder')}
        aria-label={t('ui.sessionMeta.tags.addLabel')}
        aria-invalid={state.error ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          submit();
        }}
      />
      {state.busy && (
        <span className="tag-editor-saving" role="status">
          {t('ui.sessionMeta.tags.saving')}
        </span>
      )}
      {state.error && <InlineError message={state.error} />}
    </div>
  );
}
