import type { ScanMode } from './types';

/** What a line of a scan unit is. Only `ADDED` lines leave the machine as new content. */
export const LINE_HEADER = 0;
export const LINE_ADDED = 1;
export const LINE_CONTEXT = 2;
export const LINE_REMOVED = 3;
export const LINE_OTHER = 4;

/** Line starts, kinds and new-file line numbers of a diff block (or plain text). */
export interface LineIndex {
  count: number;
  starts: Int32Array;
  kinds: Uint8Array;
  /** 1-based line number in the new file (0 for header/removed lines). */
  newLines: Int32Array;
  /** Offset where line i's content begins (after the `+`/`-`/` ` marker in diff mode). */
  contentStart: (i: number) => number;
  /** Offset of the end of line i (its newline, or the text's end). */
  end: (i: number) => number;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/** Indexes the lines of `text`. In diff mode, lines before the first hunk are headers. */
export function buildLineIndex(text: string, mode: ScanMode): LineIndex {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n += 1;
  const starts = new Int32Array(n);
  const kinds = new Uint8Array(n);
  const newLines = new Int32Array(n);
  let pos = 0;
  let next = 0; // next new-file line number
  let inHunk = false;
  for (let i = 0; i < n; i += 1) {
    starts[i] = pos;
    if (mode === 'text') {
      kinds[i] = LINE_ADDED;
      newLines[i] = i + 1;
    } else {
      const c = text.charCodeAt(pos);
      if (c === 64 /* @ */ && text.startsWith('@@ ', pos)) {
        const m = HUNK.exec(text.slice(pos, pos + 100));
        if (m) {
          inHunk = true;
          next = Number(m[1]);
        }
        kinds[i] = LINE_HEADER;
      } else if (!inHunk) kinds[i] = LINE_HEADER;
      else if (c === 43 /* + */) {
        kinds[i] = LINE_ADDED;
        newLines[i] = next++;
      } else if (c === 45 /* - */) kinds[i] = LINE_REMOVED;
      else if (c === 92 /* \ */) kinds[i] = LINE_OTHER;
      else {
        kinds[i] = LINE_CONTEXT;
        newLines[i] = next++;
      }
    }
    const nl = text.indexOf('\n', pos);
    pos = nl === -1 ? text.length : nl + 1;
  }
  const end = (i: number): number => {
    const s = starts[i + 1];
    return s === undefined ? text.length : s - 1;
  };
  const contentStart = (i: number): number => (starts[i] ?? 0) + (mode === 'diff' && kinds[i] !== LINE_HEADER ? 1 : 0);
  return { count: n, starts, kinds, newLines, contentStart, end };
}

/** The line containing `offset` (binary search). */
export function lineAt(index: LineIndex, offset: number): number {
  let lo = 0;
  let hi = index.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether a diff block adds any line (without building an index). */
export function hasAddedLines(text: string): boolean {
  const hunk = text.indexOf('\n@@ ');
  return hunk !== -1 && text.indexOf('\n+', hunk) !== -1;
}

/** The added content only (without `+` markers), for content conditions of risky-file rules. */
export function addedText(text: string, mode: ScanMode): string {
  if (mode === 'text') return text;
  const index = buildLineIndex(text, mode);
  const parts: string[] = [];
  for (let i = 0; i < index.count; i += 1) {
    if (index.kinds[i] === LINE_ADDED) parts.push(text.slice(index.contentStart(i), index.end(i)));
  }
  return parts.join('\n');
}
