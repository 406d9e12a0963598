import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { useT } from '../../../i18n/context';
import { CloseIcon, SearchIcon } from '../../../ui/icons';

/** How long typing must pause before the list filters (keeps 10,000 rows responsive). */
export const SEARCH_DEBOUNCE_MS = 150;

export interface SearchFieldProps {
  value: string;
  onCommit: (text: string) => void;
  /** ↓ from the field: move into the list. */
  onExit: () => void;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The search box. Typing commits after a short pause; while an input method is composing
 * (pinyin, kana…) nothing is committed, so half-typed syllables never filter the list.
 */
export function SearchField({ value, onCommit, onExit, ref }: SearchFieldProps) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const [prevValue, setPrevValue] = useState(value);
  const composing = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  // Outside changes (Clear filters) replace what is typed.
  if (value !== prevValue) {
    setPrevValue(value);
    setDraft(value);
  }

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const schedule = (text: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onCommit(text), SEARCH_DEBOUNCE_MS);
  };
  const commitNow = (text: string) => {
    window.clearTimeout(timer.current);
    onCommit(text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape' && draft) {
      e.preventDefault();
      setDraft('');
      commitNow('');
    } else if (e.key === 'ArrowDown' || (e.key === 'Escape' && !draft)) {
      e.preventDefault();
      onExit();
    } else if (e.key === 'Enter') {
      commitNow(draft);
    }
  };

  return (
    <div className="sessions-search">
      <SearchIcon size={14} />
      <input
        ref={ref}
        type="search"
        value={draft}
        placeholder={t('ui.sessions.searchPlaceholder')}
        aria-label={t('ui.sessions.searchLabel')}
        aria-keyshortcuts="/"
        title={t('ui.sessions.searchHint')}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setDraft(e.target.value);
          if (!composing.current) schedule(e.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
          window.clearTimeout(timer.current);
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          schedule(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      {draft && (
        <button type="button" className="icon-button sessions-search-clear" aria-label={t('ui.sessions.clearSearch')} tabIndex={-1} onClick={() => { setDraft(''); commitNow(''); }}>
          <CloseIcon size={12} />
        </button>
      )}
    </div>
  );
}
