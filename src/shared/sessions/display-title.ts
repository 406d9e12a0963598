import { translate, type Locale } from '../i18n';
import { markdownToPlainText } from './markdown-plain-text';

/**
 * The name a session goes by everywhere (list, detail, search, notifications, tray, CLI): its
 * title; else the first line of its prompt as plain text, cut to a sane length; else its id
 * ("Session devin-…"). Pure: the prompt is whatever the tracker knows (see `session-prompt.ts`).
 */

/** Longest prompt-made title, in columns (a CJK character counts two); the cut is marked with an ellipsis. */
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

/** East Asian wide and fullwidth characters take two columns (CJK, kana, Hangul, fullwidth forms, emoji). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Columns a character takes: 2 for wide ones, else 1. */
function columns(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

/**
 * `text` cut to at most `max` columns (a CJK character counts two, so Chinese and English
 * titles look about as long), ending in "…" when cut; never inside a surrogate pair. A cut in
 * running Latin text goes back to the last space when that loses little.
 */
export function cutWithEllipsis(text: string, max: number): string {
  const chars = Array.from(text);
  let width = 0;
  for (const ch of chars) width += columns(ch);
  if (width <= max) return text;
  let kept = '';
  let used = 0;
  for (const ch of chars) {
    const w = columns(ch);
    if (used + w > max - 1) break;
    kept += ch;
    used += w;
  }
  const space = kept.lastIndexOf(' ');
  if (space >= Math.floor(kept.length * 0.7)) kept = kept.slice(0, space);
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
