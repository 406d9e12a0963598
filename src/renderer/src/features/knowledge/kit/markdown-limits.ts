/**
 * What Markdown is too much to format. marked parses nested block quotes and lists recursively
 * (3 KB of `>` overflowed the stack and blanked the window), and emphasis with many delimiters in
 * one paragraph takes quadratic time (80 KB of `_a` took 3.4 s). Text past these limits is shown
 * as plain text instead: every character kept, nothing formatted. One linear pass, no regex
 * backtracking, so checking is cheap whatever the input.
 */

/**
 * Longer text is not formatted: marked takes 2.5–5 ms per KB here (100 KB of prose 0.25 s, of
 * emphasis-heavy paragraphs 0.5 s), and the window waits for it.
 */
export const MAX_MARKDOWN_CHARS = 50_000;

/** Block quotes and list items nested deeper than this are not formatted. */
export const MAX_MARKDOWN_DEPTH = 16;

/** A longer run of `*`, `_` or `~` next to text (emphasis nested that deep) is not formatted. */
export const MAX_DELIMITER_RUN = 64;

/** More emphasis delimiters than this in one paragraph are not formatted. */
export const MAX_DELIMITERS_PER_BLOCK = 1_000;

export type PlainTextReason = 'too-long' | 'too-deep' | 'failed';

/** Pure: why `source` must be shown as plain text, or null when it may be formatted. */
export function markdownLimitExceeded(source: string): PlainTextReason | null {
  if (source.length > MAX_MARKDOWN_CHARS) return 'too-long';
  const shape = measureMarkdown(source);
  if (shape.depth > MAX_MARKDOWN_DEPTH || shape.longestRun > MAX_DELIMITER_RUN || shape.mostDelimitersInBlock > MAX_DELIMITERS_PER_BLOCK) return 'too-deep';
  return null;
}

export interface MarkdownShape {
  /** Deepest nesting of block quotes and list items on any line (indentation counted as list nesting). */
  depth: number;
  /** Longest run of one emphasis character (`*`, `_`, `~`) touching text, outside code fences. */
  longestRun: number;
  /** Most emphasis characters in one paragraph (lines between blank lines), outside code fences. */
  mostDelimitersInBlock: number;
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isEmphasis = (c: number): boolean => c === 0x2a || c === 0x5f || c === 0x7e; // * _ ~

/** Pure: the nesting and emphasis figures of `source`, in one pass. */
export function measureMarkdown(source: string): MarkdownShape {
  let depth = 0;
  let longestRun = 0;
  let mostDelimitersInBlock = 0;
  let blockDelimiters = 0;
  let fence: { char: number; length: number } | null = null;

  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const line = start === 0 && end === source.length ? source : source.slice(start, end);
    start = end + 1;

    // Container markers at the start of the line: `>`, `-`/`*`/`+` bullets, `1.`/`1)` ordinals.
    let i = 0;
    let columns = 0;
    let markers = 0;
    let leadingColumns = -1;
    for (;;) {
      while (i < line.length && isBlank(line.charCodeAt(i))) {
        columns += line.charCodeAt(i) === 0x09 ? 4 : 1;
        i += 1;
      }
      if (leadingColumns < 0) leadingColumns = columns;
      const c = line.charCodeAt(i);
      const next = line.charCodeAt(i + 1);
      if (c === 0x3e) {
        markers += 1;
        i += 1;
        continue;
      }
      if ((c === 0x2d || c === 0x2a || c === 0x2b) && (i + 1 >= line.length || isBlank(next))) {
        markers += 1;
        i += 1;
        continue;
      }
      let j = i;
      while (j < line.length && j - i < 9 && isDigit(line.charCodeAt(j))) j += 1;
      const after = line.charCodeAt(j + 1);
      if (j > i && (line.charCodeAt(j) === 0x2e || line.charCodeAt(j) === 0x29) && (j + 1 >= line.length || isBlank(after))) {
        markers += 1;
        i = j + 1;
        continue;
      }
      break;
    }

    const rest = line.slice(i);
    const fenceOpen = /^(`{3,}|~{3,})/.exec(rest);
    if (fence) {
      if (fenceOpen && fenceOpen[1]?.charCodeAt(0) === fence.char && (fenceOpen[1]?.length ?? 0) >= fence.length && rest.slice(fenceOpen[1]?.length).trim() === '') fence = null;
      continue;
    }
    // A backtick fence's info string cannot hold a backtick (CommonMark); then it is no fence.
    if (fenceOpen?.[1] && !(fenceOpen[1].charCodeAt(0) === 0x60 && rest.slice(fenceOpen[1].length).includes('`'))) {
      fence = { char: fenceOpen[1].charCodeAt(0), length: fenceOpen[1].length };
    }

    // Each nested list level needs at least two more columns of indentation than its parent.
    if (markers > 0) depth = Math.max(depth, markers + Math.floor(leadingColumns / 2));

    if (rest.trim() === '') {
      blockDelimiters = 0;
      continue;
    }
    // A line of nothing but one character (`*****`, `___`) is a rule, not emphasis.
    const rule = isRule(rest);
    let run = 0;
    let runChar = 0;
    for (let k = 0; k < rest.length; k += 1) {
      const c = rest.charCodeAt(k);
      if (isEmphasis(c)) {
        blockDelimiters += 1;
        run = c === runChar ? run + 1 : 1;
        runChar = c;
        if (!rule && run > longestRun) longestRun = run;
      } else {
        run = 0;
        runChar = 0;
      }
    }
    mostDelimitersInBlock = Math.max(mostDelimitersInBlock, blockDelimiters);
  }
  return { depth, longestRun, mostDelimitersInBlock };
}

/** True when `text` is one emphasis character repeated, with blanks between (a thematic break). */
function isRule(text: string): boolean {
  let c = 0;
  for (let k = 0; k < text.length; k += 1) {
    const d = text.charCodeAt(k);
    if (isBlank(d)) continue;
    if (c === 0) c = d;
    if (d !== c || !isEmphasis(d)) return false;
  }
  return c !== 0;
}
