/**
 * Splits a unified diff (or a series of format-patch mails) into per-file blocks of typed lines,
 * for colouring. Pure; the text is kept exactly, one entry per line.
 */
export type DiffLineKind = 'add' | 'del' | 'hunk' | 'ctx' | 'meta' | 'note';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

export interface DiffBlock {
  /** The file's path (new side), or '' for text before the first file (a patch mail's header). */
  path: string;
  lines: DiffLine[];
  added: number;
  removed: number;
}

/** `diff --git a/x b/y` → `y` (quoted paths are shown as git wrote them). */
function pathOf(header: string): string {
  const rest = header.slice('diff --git '.length);
  const at = rest.lastIndexOf(' b/');
  return at >= 0 ? rest.slice(at + 3) : rest;
}

export function splitDiff(text: string): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let current: DiffBlock | null = null;
  let inHunk = false;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    if (line.startsWith('diff --git ')) {
      current = { path: pathOf(line), lines: [], added: 0, removed: 0 };
      blocks.push(current);
      inHunk = false;
      current.lines.push({ kind: 'meta', text: line });
      continue;
    }
    // A patch mail (format-patch) starts a block of its own header lines.
    const mailStart = /^From [0-9a-f]{40,64} /.test(line);
    if (!current || mailStart) {
      current = { path: '', lines: [], added: 0, removed: 0 };
      blocks.push(current);
      inHunk = false;
    }
    let kind: DiffLineKind;
    if (line.startsWith('@@')) {
      kind = 'hunk';
      inHunk = true;
    } else if (!inHunk) kind = 'meta';
    else if (line.startsWith('+')) kind = 'add';
    else if (line.startsWith('-')) kind = line === '-- ' ? 'meta' : 'del';
    else if (line.startsWith('\\')) kind = 'note';
    else if (line.startsWith(' ') || line === '') kind = 'ctx';
    else {
      kind = 'meta';
      inHunk = false;
    }
    if (kind === 'add') current.added += 1;
    if (kind === 'del') current.removed += 1;
    current.lines.push({ kind, text: line });
  }
  return blocks;
}
