import { useId } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useT } from '../../../i18n/context';
import { CloseIcon } from '../../../ui/icons';

/** What adding one typed value gives: the value to keep, or a message saying why not. */
export type ChipCheck = { ok: true; value: string } | { ok: false; message: string };

export interface ChipInputProps {
  label: string;
  hint?: string;
  values: readonly string[];
  onValuesChange: (values: string[]) => void;
  /** What is typed but not yet a chip (the composer adds it on send). */
  text: string;
  onTextChange: (text: string) => void;
  check: (raw: string) => ChipCheck | null;
  error: string | null;
  onError: (message: string | null) => void;
  placeholder?: string;
  mono?: boolean;
}

/**
 * Values as removable chips: Enter, comma or Tab-less paste adds, Backspace on an empty field
 * removes the last. Duplicates are ignored; a rejected value stays typed with its message.
 */
export function ChipInput(props: ChipInputProps) {
  const { label, hint, values, onValuesChange, text, onTextChange, check, error, onError, placeholder, mono } = props;
  const t = useT();
  const inputId = useId();
  const errorId = useId();

  /** Adds every piece; returns what could not be added (kept in the field). */
  const add = (pieces: string[]): string => {
    const next = [...values];
    const rejected: string[] = [];
    let message: string | null = null;
    for (const piece of pieces) {
      if (!piece.trim()) continue;
      const r = check(piece);
      if (!r) continue;
      if (!r.ok) {
        rejected.push(piece.trim());
        message ??= r.message;
        continue;
      }
      if (!next.includes(r.value)) next.push(r.value);
    }
    if (next.length !== values.length) onValuesChange(next);
    onError(message);
    return rejected.join(', ');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === ',') {
      if (!text.trim()) return;
      e.preventDefault();
      onTextChange(add([text]));
    } else if (e.key === 'Backspace' && text === '' && values.length > 0) {
      e.preventDefault();
      onValuesChange(values.slice(0, -1));
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = e.clipboardData.getData('text');
    if (!/[,\n]/.test(pasted)) return;
    e.preventDefault();
    onTextChange(add(pasted.split(/[,\n]/)));
  };

  return (
    <div className="field composer-field">
      <label className="field-label" htmlFor={inputId}>
        {label}
        {hint && <span className="field-optional">{hint}</span>}
      </label>
      <div className={error ? 'chip-input has-error' : 'chip-input'}>
        {values.map((v) => (
          <span key={v} className={mono ? 'tag-chip tag-chip-active mono' : 'tag-chip tag-chip-active'}>
            {v}
            <button type="button" className="chip-remove" aria-label={t('ui.sessions.composer.remove', { value: v })} onClick={() => onValuesChange(values.filter((x) => x !== v))}>
              <CloseIcon size={10} />
            </button>
          </span>
        ))}
        <input
          id={inputId}
          type="text"
          className={mono ? 'mono' : undefined}
          value={text}
          placeholder={values.length === 0 ? placeholder : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            onTextChange(e.target.value);
            if (error) onError(null);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
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
