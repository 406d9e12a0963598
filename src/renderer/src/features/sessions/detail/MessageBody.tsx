import { memo } from 'react';
import { LazyMarkdownView } from '../../knowledge/kit/LazyMarkdownView';

/**
 * A message's Markdown, sanitized (marked + DOMPurify). A click on a link never navigates the
 * window: an absolute URL goes to main's openExternal, whose allowlist decides (a refusal is
 * shown by the caller). A message past the Markdown limits (too long, nested too deeply), or one
 * whose rendering throws, is shown as plain text (MarkdownView's boundary), never a blank window.
 */
export const MessageBody = memo(function MessageBody({ source, onOpenLink }: { source: string; onOpenLink: (url: string) => void }) {
  return (
    <LazyMarkdownView
      source={source}
      className="message-body"
      onLink={(href) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) onOpenLink(href);
      }}
    />
  );
});
