import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { markdownLimitExceeded } from './markdown-limits';
import type { PlainTextReason } from './markdown-limits';

/**
 * Markdown → safe HTML for previews. marked does not sanitize, so every result goes through
 * DOMPurify: scripts, event handlers, `javascript:` URLs and frames never reach the DOM. Images
 * become links (the renderer's CSP loads nothing remote, so they would only show as broken).
 */
const md = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    image({ href, text }) {
      return `<a href="${escapeAttr(href)}">${escapeText(text || href)}</a>`;
    },
  },
});

const FORBID_TAGS = ['style', 'form', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'img', 'video', 'audio', 'svg', 'math'];

/** Markdown → HTML, not yet sanitized (exported for tests of the Markdown dialect only). */
export function markdownToHtml(source: string): string {
  return md.parse(source, { async: false });
}

/** Markdown → sanitized HTML: the only form that may reach the DOM. */
export function renderMarkdown(source: string): string {
  return DOMPurify.sanitize(markdownToHtml(source), { USE_PROFILES: { html: true }, FORBID_TAGS, FORBID_ATTR: ['style', 'srcset'] });
}

/** Formatted HTML, or why the text must be shown as it is. */
export type MarkdownRendering = { kind: 'html'; html: string } | { kind: 'plain'; reason: PlainTextReason };

/**
 * Markdown within the limits (see markdown-limits.ts) → sanitized HTML; anything past them, or
 * anything marked or DOMPurify throws on, → plain text. Never throws.
 */
export function renderMarkdownWithinLimits(source: string): MarkdownRendering {
  const exceeded = markdownLimitExceeded(source);
  if (exceeded) return { kind: 'plain', reason: exceeded };
  try {
    return { kind: 'html', html: renderMarkdown(source) };
  } catch {
    return { kind: 'plain', reason: 'failed' };
  }
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
