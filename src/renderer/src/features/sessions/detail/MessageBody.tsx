import { memo, useMemo } from 'react';
import type { MouseEvent } from 'react';
import { renderMarkdown } from '../../knowledge/kit/markdown';

/**
 * A message's Markdown, sanitized (marked + DOMPurify). A click on a link never navigates the
 * window: the URL goes to main's openExternal, whose allowlist decides (a refusal is shown by
 * the caller).
 */
export const MessageBody = memo(function MessageBody({ source, onOpenLink }: { source: string; onOpenLink: (url: string) => void }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const anchor = (e.target as HTMLElement).closest('a');
    if (!anchor) return;
    e.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) onOpenLink(href);
  };
  return (
    <div
      className="markdown message-body"
      onClick={onClick}
      // Safe: renderMarkdown sanitizes with DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
