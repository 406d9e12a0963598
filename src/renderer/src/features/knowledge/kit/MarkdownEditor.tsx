import { useId, useState } from 'react';
import { useT } from '../../../i18n/context';
import type { FieldIds } from './Field';
import { LazyMarkdownView } from './LazyMarkdownView';

/**
 * A Markdown textarea with a Write / Preview switch. The preview is sanitized (marked +
 * DOMPurify); raw HTML in the text never runs.
 */
export function MarkdownEditor({
  ids,
  value,
  onChange,
  rows = 12,
  placeholder,
}: {
  ids: FieldIds;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  placeholder?: string;
}) {
  const t = useT();
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const tabsId = useId();
  const tab = (m: 'write' | 'preview', label: string) => (
    <button
      type="button"
      role="tab"
      id={`${tabsId}-${m}`}
      aria-selected={mode === m}
      aria-controls={`${tabsId}-panel`}
      className="md-tab"
      onClick={() => setMode(m)}
    >
      {label}
    </button>
  );
  return (
    <div className="md-editor">
      <div className="md-tabs" role="tablist">
        {tab('write', t('library.markdown.write'))}
        {tab('preview', t('library.markdown.preview'))}
        <span className="md-hint">{t('library.markdown.hint')}</span>
      </div>
      <div id={`${tabsId}-panel`} role="tabpanel" aria-labelledby={`${tabsId}-${mode}`}>
        {mode === 'write' ? (
          <textarea
            id={ids.id}
            className="textarea mono"
            rows={rows}
            value={value}
            placeholder={placeholder}
            aria-invalid={ids.invalid || undefined}
            aria-describedby={ids.describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : value.trim() === '' ? (
          <p className="md-preview md-preview-empty">{t('library.markdown.empty')}</p>
        ) : (
          <LazyMarkdownView source={value} className="md-preview" />
        )}
      </div>
    </div>
  );
}
