import type { ScanMode } from './types';

/**
 * What a line of a scan unit is. Every kind leaves the machine (the whole block is sent); the kind
 * decides how a finding there is named, numbered and resolved.
 * - HEADER: `diff --git`, `index`, `---`/`+++`, `rename from` … (file names: not redactable)
 * - HUNK: the `@@ -a,b +c,d @@ …` line; the text after the second `@@` is context from the old file
 * - ADDED / CONTEXT / REMOVED: hunk content (`+`, ` `, `-`)
 * - OTHER: `\ No newline at end of file`
 * In text mode (a commit message), every line is ADDED: all of it is new text.
 */
export const LINE_HEADER = 0;
export const LINE_ADDED = 1;
export const LINE_CONTEXT = 2;
export const LINE_REMOVED = 3;
export const LINE_OTHER = 4;
export const LINE_HUNK = 5;

/** Line starts, kinds and line numbers of a diff block (or plain text). */
export interface LineIndex {
  count: number;
  starts: Int32Array;
  kinds: Uint8Array;
  /** 1-based line number in the new file (added and context lines; for a hunk line, where it starts). */
  newLines: Int32Array;
  /** 1-based line number in the old file (removed and context lines). */
  oldLines: Int32Array;
  /** Offset where line i's content begins (after the `+`/`-`/` ` marker; after `@@ … @@ ` on a hunk line). */
  contentStart: (i: number) => number;
  /** Offset of the end of line i (its newline, or the text's end). */
  end: (i: number) => number;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?/;

/**
 * Indexes the lines of `text`. In diff mode a hunk runs for exactly the line counts its header
 * gives, so what follows it (e.g. the second `diff --git` block of a file that became a symlink)
 * is read as headers again, never as context.
 */
export function buildLineIndex(text: string, mode: ScanMode): LineIndex {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) n += 1;
  const starts = new Int32Array(n);
  const kinds = new Uint8Array(n);
  const newLines = new Int32Array(n);
  const oldLines = new Int32Array(n);
  const hunkText = new Map<number, number>(); // hunk line → offset of its function-context text
  let pos = 0;
  let nextNew = 0;
  let nextOld = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (let i = 0; i < n; i += 1) {
    starts[i] = pos;
    if (mode === 'text') {
      kinds[i] = LINE_ADDED;
      newLines[i] = i + 1;
    } else {
      const c = text.charCodeAt(pos);
      const inHunk = oldLeft > 0 || newLeft > 0;
      if (c === 64 /* @ */ && text.startsWith('@@ ', pos)) {
        const m = HUNK.exec(text.slice(pos, pos + 120));
        if (m) {
          nextOld = Number(m[1]);
          oldLeft = m[2] === undefined ? 1 : Number(m[2]);
          nextNew = Number(m[3]);
          newLeft = m[4] === undefined ? 1 : Number(m[4]);
          newLines[i] = nextNew;
          hunkText.set(i, pos + m[0].length);
          kinds[i] = LINE_HUNK;
        } else kinds[i] = inHunk ? LINE_OTHER : LINE_HEADER;
      } else if (!inHunk) kinds[i] = c === 92 /* \ */ ? LINE_OTHER : LINE_HEADER;
      else if (c === 43 /* + */) {
        kinds[i] = LINE_ADDED;
        newLines[i] = nextNew++;
        newLeft -= 1;
      } else if (c === 45 /* - */) {
        kinds[i] = LINE_REMOVED;
        oldLines[i] = nextOld++;
        oldLeft -= 1;
      } else if (c === 92 /* \ */) kinds[i] = LINE_OTHER;
      else {
        kinds[i] = LINE_CONTEXT;
        newLines[i] = nextNew++;
        oldLines[i] = nextOld++;
        newLeft -= 1;
        oldLeft -= 1;
      }
    }
    const nl = text.indexOf('\n', pos);
    pos = nl === -1 ? text.length : nl + 1;
  }
  const end = (i: number): number => {
    const s = starts[i + 1];
    return s === undefined ? text.length : s - 1;
  };
  const contentStart = (i: number): number => {
    const kind = kinds[i];
    if (mode === 'text' || kind === LINE_HEADER) return starts[i] ?? 0;
    if (kind === LINE_HUNK) return Math.min(hunkText.get(i) ?? 0, end(i));
    return (starts[i] ?? 0) + 1;
  };
  return { count: n, starts, kinds, newLines, oldLines, contentStart, end };
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

/** The content of every hunk line (added, removed and context, without markers): what the file's text puts in the prompt. */
export function contentText(text: string, mode: ScanMode): string {
  if (mode === 'text') return text;
  const index = buildLineIndex(text, mode);
  const parts: string[] = [];
  for (let i = 0; i < index.count; i += 1) {
    const k = index.kinds[i];
    if (k === LINE_ADDED || k === LINE_REMOVED || k === LINE_CONTEXT) parts.push(text.slice(index.contentStart(i), index.end(i)));
  }
  return parts.join('\n');
}
