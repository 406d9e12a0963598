import { useState } from 'react';
import { formatBytes } from '../../../../../shared/attachments/format-bytes';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import type { PlainTextReason } from './markdown-limits';
import './markdown-plain.css';

/** Characters shown before "Show all": laying out megabytes of text freezes the window for seconds. */
export const PLAIN_TEXT_PREVIEW_CHARS = 100_000;

/**
 * Text that could not be formatted, exactly as written: every character kept (the rest of a very
 * long text one click away), selectable, direction taken from the text itself (`dir="auto"`).
 */
export function MarkdownPlainText({ source, reason, className }: { source: string; reason: PlainTextReason; className?: string | undefined }) {
  const t = useT();
  const [showAll, setShowAll] = useState(false);
  const cut = !showAll && source.length > PLAIN_TEXT_PREVIEW_CHARS;
  return (
    <div className={['markdown-plain', className].filter(Boolean).join(' ')}>
      <p className="markdown-plain-note" role="note">
        {t(`library.markdown.plain.${reason}`)}
      </p>
      <div className={cut ? 'markdown-plain-text is-cut' : 'markdown-plain-text'} dir="auto">
        {cut ? source.slice(0, PLAIN_TEXT_PREVIEW_CHARS) : source}
      </div>
      {cut && (
        <Button variant="link" size="sm" className="markdown-plain-more" onClick={() => setShowAll(true)}>
          {t('library.markdown.plain.showAll', {
            shown: PLAIN_TEXT_PREVIEW_CHARS.toLocaleString(),
            total: source.length.toLocaleString(),
            size: formatBytes(new TextEncoder().encode(source).byteLength),
          })}
        </Button>
      )}
    </div>
  );
}
