import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { getBridge } from '../../../bridge';
import { RenderBoundary } from '../../../ui/RenderBoundary';
import { renderMarkdownWithinLimits } from './markdown';
import { MarkdownPlainText } from './MarkdownPlainText';

/** By default https links go to main's openExternal (which applies its allowlist); anything else does nothing. */
function openHttps(href: string): void {
  if (/^https:\/\//i.test(href)) void getBridge().shell.openExternal(href).catch(() => undefined);
}

interface MarkdownViewProps {
  source: string;
  className?: string;
  onLink?: (href: string) => void;
}

/**
 * Sanitized Markdown. Links never navigate the app window: a click hands the link's href to
 * `onLink` (default: `openHttps`). Text past the limits (markdown-limits.ts) is shown as plain
 * text, and so is text whose rendering throws for any other reason: one message can never blank
 * the window.
 */
export function MarkdownView({ source, className, onLink = openHttps }: MarkdownViewProps) {
  return (
    <RenderBoundary resetKey={source} fallback={<MarkdownPlainText source={source} reason="failed" className={className} />}>
      <FormattedMarkdown source={source} className={className} onLink={onLink} />
    </RenderBoundary>
  );
}

function FormattedMarkdown({ source, className, onLink }: Required<Pick<MarkdownViewProps, 'source' | 'onLink'>> & { className?: string | undefined }) {
  const rendering = useMemo(() => renderMarkdownWithinLimits(source), [source]);
  if (rendering.kind === 'plain') return <MarkdownPlainText source={source} reason={rendering.reason} className={className} />;
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
      dangerouslySetInnerHTML={{ __html: rendering.html }}
    />
  );
}
