import { idChoiceToField, type IdChoice } from '../../shared/domain/id-choice';

/** Pure helpers for the session request's small fields: title, tags, knowledge, org secrets, code fences. */

export const TITLE_MAX = 100;

/**
 * The session title: the task's first non-empty line, whitespace collapsed, at most 100
 * characters. A longer line is cut on a word boundary when one is near the end, else on a
 * character (grapheme) boundary, never inside an emoji or a combining sequence; "…" marks the cut.
 */
export function makeTitle(task: string, max = TITLE_MAX): string {
  const line = (task.split('\n').find((l) => l.trim() !== '') ?? '').replace(/\s+/g, ' ').trim();
  const graphemes = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line), (s) => s.segment);
  if (graphemes.length <= max) return line;
  const head = graphemes.slice(0, max - 1);
  const lastSpace = graphemes[max - 1] === ' ' ? head.length : head.lastIndexOf(' ');
  const cut = lastSpace >= Math.floor(max * 0.6) ? head.slice(0, lastSpace) : head;
  return `${cut.join('').trimEnd()}…`;
}

/** `["handoff", ...extra]`, trimmed, without empties or duplicates, in first-seen order. */
export function makeTags(extra: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const t of ['handoff', ...extra].map((x) => x.trim())) {
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

/** A backtick fence longer than any backtick run inside `content` (at least three). */
export function chooseFence(content: string): string {
  let longest = 0;
  for (const m of content.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** `knowledge_ids` for a choice: null = all knowledge, [] = none, the ids = only those. */
export function makeKnowledgeIds(choice: IdChoice): string[] | null {
  return idChoiceToField(choice);
}

/** `secret_ids` for a choice: null = all org secrets, [] = none, the ids = only those. */
export function makeSecretIds(choice: IdChoice): string[] | null {
  return idChoiceToField(choice);
}
