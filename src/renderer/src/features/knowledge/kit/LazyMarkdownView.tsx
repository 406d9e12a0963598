import { lazy, Suspense } from 'react';
import type { ComponentProps } from 'react';
import type { MarkdownView as MarkdownViewType } from './MarkdownView';
import { MAX_MARKDOWN_CHARS } from './markdown-limits';

// marked + DOMPurify are a tenth of the renderer: they load with the first Markdown shown, not at start.
const MarkdownView = lazy(() => import('./MarkdownView').then((m) => ({ default: m.MarkdownView })));

export type MarkdownViewProps = ComponentProps<typeof MarkdownViewType>;

/**
 * `MarkdownView` behind a lazy boundary. Until the Markdown code has loaded (a few ms from the
 * app's own files) the source shows as plain text, escaped by React, so nothing jumps or vanishes
 * (cut at the Markdown size limit: a hostile 10 MB message is not laid out twice).
 */
export function LazyMarkdownView(props: MarkdownViewProps) {
  const fallback = (
    <div className={['markdown', 'markdown-pending', props.className].filter(Boolean).join(' ')} aria-busy="true">
      {props.source.length > MAX_MARKDOWN_CHARS ? `${props.source.slice(0, MAX_MARKDOWN_CHARS)}…` : props.source}
    </div>
  );
  return (
    <Suspense fallback={fallback}>
      <MarkdownView {...props} />
    </Suspense>
  );
}
