/**
 * zh-CN typography check: in Chinese text, commas, full stops, colons, semicolons, exclamation and
 * question marks and parentheses are full-width (，。：；！？（）). A half-width one is flagged when
 * the nearest non-space character on either side is Chinese (a Han character or CJK/full-width
 * punctuation): "文件,下一个", "错误: {detail}", "(可选)". Half-width marks inside Latin text,
 * paths, URLs, versions and placeholders ("~/.config", "v1.2", "{hh}:{mm}") are left alone, and so
 * are marks that are not punctuation but syntax: a dot starting a file name or extension (".npmrc"),
 * a macro's "!" ("!deploy"), a URL's "://", an IPv6 "::1".
 * Pure, so the catalog test and any lint script share it.
 */

const HALF_WIDTH = new Set([',', '.', ':', ';', '!', '?', '(', ')']);
// Han, CJK punctuation, full-width forms and the curly quotes Chinese text uses (“”‘’).
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f]/u;

export const FULL_WIDTH_FOR: Readonly<Record<string, string>> = {
  ',': '，',
  '.': '。',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

export interface HalfWidthMark {
  /** Index of the mark in the text (UTF-16). */
  index: number;
  mark: string;
  /** A few characters around it, for the failure message. */
  context: string;
}

/** Half-width punctuation standing next to Chinese text, in order. */
export function findHalfWidthPunctuation(text: string): HalfWidthMark[] {
  const found: HalfWidthMark[] = [];
  const chars = Array.from(text);
  let offset = 0;
  const offsets = chars.map((c) => {
    const at = offset;
    offset += c.length;
    return at;
  });
  const flagged = new Set<number>();
  for (let i = 0; i < chars.length; i++) {
    const mark = chars[i]!;
    if (!HALF_WIDTH.has(mark) || isSyntax(chars, i)) continue;
    if (isCjk(neighbour(chars, i, -1)) || isCjk(neighbour(chars, i, +1))) flagged.add(i);
  }
  // A pair of parentheses is one unit: "（401)" is as wrong as "(401)" next to Chinese.
  for (const [open, close] of parenPairs(chars)) {
    const full = chars[open] === '（' || chars[close] === '）' || flagged.has(open) || flagged.has(close);
    if (!full) continue;
    if (chars[open] === '(') flagged.add(open);
    if (chars[close] === ')') flagged.add(close);
  }
  for (const i of [...flagged].sort((a, b) => a - b)) {
    const from = Math.max(0, i - 6);
    found.push({ index: offsets[i]!, mark: chars[i]!, context: chars.slice(from, i + 7).join('') });
  }
  return found;
}

/** The nearest character in direction `step` that is not a space, a half-width mark or part of an ellipsis run. */
function neighbour(chars: readonly string[], i: number, step: -1 | 1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    const c = chars[j]!;
    if (c === ' ') continue;
    // "正在加载..." : each dot of the run is judged by what the run touches.
    if (c === '.' && chars[i] === '.') continue;
    return c;
  }
  return undefined;
}

/** Matching parenthesis positions, half- or full-width alike (unbalanced ones are left out). */
function parenPairs(chars: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(' || c === '（') open.push(i);
    else if ((c === ')' || c === '）') && open.length > 0) pairs.push([open.pop()!, i]);
  });
  return pairs;
}

/** A half-width mark used as syntax, not as punctuation. */
function isSyntax(chars: readonly string[], i: number): boolean {
  const mark = chars[i];
  const next = chars[i + 1] ?? '';
  const prev = chars[i - 1] ?? '';
  if ((mark === '.' || mark === '!') && /[A-Za-z0-9_]/.test(next)) return true; // .npmrc, !deploy
  if (mark === ':' && (next === '/' || next === ':' || prev === ':')) return true; // https://, ::1
  return false;
}

function isCjk(c: string | undefined): boolean {
  return c !== undefined && CJK.test(c);
}
