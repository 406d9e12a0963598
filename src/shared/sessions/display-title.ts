import { translate, type Locale } from '../i18n';
import { markdownToPlainText } from './markdown-plain-text';

/**
 * The name a session goes by everywhere (list, detail, search, notifications, tray, CLI): its
 * title; else the first line of its prompt as plain text, cut to a sane length; else its id
 * ("Session devin-…"). Pure: the prompt is whatever the tracker knows (see `session-prompt.ts`).
 */

/** Longest prompt-made title, in characters (code points); the cut is marked with an ellipsis. */
export const PROMPT_TITLE_MAX = 80;

/** Where a display title came from: the list and the detail style the last two apart. */
export type DisplayTitleSource = 'title' | 'prompt' | 'id';

export interface DisplayTitle {
  text: string;
  source: DisplayTitleSource;
}

/** What naming a session needs (a SessionView, a snapshot plus its prompt, a CLI row…). */
export interface TitleFields {
  id: string;
  title: string | null;
  prompt?: string | null;
}

/**
 * `text` cut to at most `max` code points, ending in "…" when cut. A cut in running Latin text
 * goes back to the last space when that loses little; CJK text (no spaces) is cut where it stands.
 */
export function cutWithEllipsis(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let kept = chars.slice(0, max - 1).join('');
  const space = kept.lastIndexOf(' ');
  if (space >= Math.floor((max - 1) * 0.7)) kept = kept.slice(0, space);
  return `${kept.replace(/[\s,;:.、，。：；-]+$/u, '')}…`;
}

/** The first non-empty line of a (Markdown) prompt as plain text, whitespace collapsed, cut to `max`; null when there is none. */
export function promptTitle(prompt: string | null | undefined, max = PROMPT_TITLE_MAX): string | null {
  if (!prompt) return null;
  const plain = markdownToPlainText(prompt);
  for (const line of plain.split('\n')) {
    const flat = line.replace(/\s+/gu, ' ').trim();
    if (flat !== '') return cutWithEllipsis(flat, max);
  }
  return null;
}

/** The session's display title and where it came from (pure). */
export function displayTitle(s: TitleFields, locale: Locale): DisplayTitle {
  const title = s.title?.replace(/\s+/gu, ' ').trim();
  if (title) return { text: title, source: 'title' };
  const fromPrompt = promptTitle(s.prompt);
  if (fromPrompt) return { text: fromPrompt, source: 'prompt' };
  return { text: translate(locale, 'sessions.untitled', { id: s.id }), source: 'id' };
}
