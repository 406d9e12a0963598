import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../../i18n/context';
import { CloseIcon } from '../../../ui/icons';
import { checkTag, FIXED_TAG } from '../model/draft';
import { LockIcon } from './icons';

/**
 * Tags as chips: "handoff" first and fixed; Enter or a comma adds what is typed, Backspace on an
 * empty field removes the last added one. Leaving the field adds what was typed too.
 */
export function TagInput({ tags, onChange, disabled }: { tags: readonly string[]; onChange: (tags: string[]) => void; disabled: boolean }) {
  const t = useT();
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (): boolean => {
    const r = checkTag(text, tags);
    if (r.ok) {
      onChange([...tags, r.tag]);
      setText('');
      return true;
    }
    if (r.reason === 'tooLong') setError(t('ui.handoff.tags.tooLong'));
    else setText('');
    return false;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if ((e.key === 'Enter' || e.key === ',') && text.trim()) {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      e.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {t('ui.handoff.tags.label')}
      </label>
      <div className={error ? 'handoff-chips has-error' : 'handoff-chips'}>
        <span className="handoff-chip is-fixed" title={t('ui.handoff.tags.fixed')}>
          <LockIcon size={10} />
          {FIXED_TAG}
        </span>
        {tags.map((tag) => (
          <span key={tag} className="handoff-chip">
            {tag}
            <button type="button" className="handoff-chip-remove" aria-label={t('ui.handoff.tags.remove', { tag })} disabled={disabled} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              <CloseIcon size={10} />
            </button>
          </span>
        ))}
        <input
          id={inputId}
          type="text"
          value={text}
          disabled={disabled}
          placeholder={t('ui.handoff.tags.placeholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() && add()}
        />
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
