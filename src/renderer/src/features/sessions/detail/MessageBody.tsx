import { memo } from 'react';
import { LazyMarkdownView } from '../../knowledge/kit/LazyMarkdownView';

/**
 * A message's Markdown, sanitized (marked + DOMPurify). A click on a link never navigates the
 * window: an absolute URL goes to main's openExternal, whose allowlist decides (a refusal is
 * shown by the caller).
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
