import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { getBridge } from '../../../bridge';
import { renderMarkdown } from './markdown';

/** By default https links go to main's openExternal (which applies its allowlist); anything else does nothing. */
function openHttps(href: string): void {
  if (/^https:\/\//i.test(href)) void getBridge().shell.openExternal(href).catch(() => undefined);
}

/**
 * Sanitized Markdown. Links never navigate the app window: a click hands the link's href to
 * `onLink` (default: `openHttps`).
 */
export function MarkdownView({ source, className, onLink = openHttps }: { source: string; className?: string; onLink?: (href: string) => void }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const anchor = (e.target as HTMLElement).closest('a');
    if (!anchor) return;
    e.preventDefault();
    onLink(anchor.getAttribute('href') ?? '');
  };
  return (
    <div
      className={['markdown', className].filter(Boolean).join(' ')}
      onClick={onClick}
      // Safe: renderMarkdown sanitizes with DOMPurify.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
