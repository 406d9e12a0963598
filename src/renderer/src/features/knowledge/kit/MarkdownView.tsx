import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { getBridge } from '../../../bridge';
import { renderMarkdown } from './markdown';

/**
 * Sanitized Markdown. Links never navigate the app window: https links go to main's
 * openExternal (which applies its allowlist), anything else does nothing.
 */
export function MarkdownView({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const anchor = (e.target as HTMLElement).closest('a');
    if (!anchor) return;
    e.preventDefault();
    const href = anchor.getAttribute('href') ?? '';
    if (/^https:\/\//i.test(href)) void getBridge().shell.openExternal(href).catch(() => undefined);
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
