import { parseMessage, type Segment } from '../intl/plural-message';

/**
 * English plural wording check (#13): a count is never followed by "file(s)" nor by a noun that
 * is wrong for 1 ("1 files"); such messages use a plural block instead
 * (`{count, plural, one {# file} other {# files}}`, see ../intl/plural-message.ts). Pure, so the
 * catalog test and any lint script share it.
 *
 * The second rule is a heuristic: a parameter that names a count (`count`, `days`, `failed`…)
 * standing outside any plural block, followed by a word ending in "s" ("sessions", "days"). Units
 * written as symbols ("{seconds} s", "{mb} MB") are fine: a symbol does not change with the number.
 */

/** "file(s)", "match(es)", "http(s)": a plural (or alternative) spelled with parentheses. */
const PAREN_PLURAL = /[A-Za-z]\((?:s|es)\)/g;

const COUNT_PARAM = /^(count|n|total|done|failed|cancelled|skipped|days|hours|minutes|runs|more|pending)$/;
// Words after a count that end in "s" but are not plural nouns.
const NOT_PLURAL = new Set(['is', 'was', 'has', 'its', 'this', 'as', 'us', 's', 'ms']);

/** What is wrong with an English message's plurals, one line per problem; empty when fine. */
export function pluralWordingProblems(text: string): string[] {
  const problems = [...text.matchAll(PAREN_PLURAL)].map((m) => `plural in parentheses: "${m[0]}"`);
  let segments: Segment[];
  try {
    segments = parseMessage(text);
  } catch (e) {
    return [...problems, `malformed plural block: ${(e as Error).message}`];
  }
  // Only top-level text: inside a plural block the words already agree with the number.
  segments.forEach((seg, i) => {
    if (seg.kind !== 'param' || !COUNT_PARAM.test(seg.name)) return;
    const next = segments[i + 1];
    const word = next?.kind === 'text' ? /^ ([A-Za-z]+)/.exec(next.text)?.[1] : undefined;
    if (word && word.endsWith('s') && !NOT_PLURAL.has(word.toLowerCase())) problems.push(`"{${seg.name}} ${word}" reads "1 ${word}" for one: use a plural block`);
  });
  return problems;
}
