import { isUtf8 } from 'node:buffer';
import type { FileChange, FileStatus } from './types';

/**
 * Pure parsing of `git diff` output into self-contained per-file blocks. Works on bytes so that a
 * file which is not UTF-8 is detected (and kept out of the prompt) instead of being silently mangled.
 */

const HEADER = Buffer.from('diff --git ');
const NL_HEADER = Buffer.from('\ndiff --git ');

/** Byte offsets where each `diff --git` block starts, in order (content before the first is skipped). */
export function blockStarts(buf: Buffer, from = 0, to = buf.length): number[] {
  const starts: number[] = [];
  if (buf.subarray(from, from + HEADER.length).equals(HEADER)) starts.push(from);
  let i = from;
  for (;;) {
    const hit = buf.indexOf(NL_HEADER, i);
    if (hit === -1 || hit >= to) break;
    starts.push(hit + 1);
    i = hit + 1;
  }
  return starts;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Decodes git's C-style quoted name starting at `s[0] === '"'`; returns the name and the rest. */
export function unquoteCPath(s: string): { value: string; rest: string } | null {
  if (!s.startsWith('"')) return null;
  const bytes: number[] = [];
  let i = 1;
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '"') return { value: Buffer.from(bytes).toString('utf8'), rest: s.slice(i + 1) };
    if (ch === '\\') {
      const next = s[i + 1] ?? '';
      if (/[0-7]/.test(next)) {
        bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
        i += 4;
        continue;
      }
      const code = ESCAPES[next];
      if (code === undefined) return null;
      bytes.push(code);
      i += 2;
      continue;
    }
    for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
    i += 1;
  }
  return null;
}

/** A path as written on a `---`, `+++`, `rename from` … line: maybe quoted, maybe with git's trailing tab. */
function readPathField(field: string): string {
  const q = unquoteCPath(field);
  if (q) return q.value;
  return field.endsWith('\t') ? field.slice(0, -1) : field;
}

function stripPrefix(p: string, prefix: 'a/' | 'b/'): string {
  return p.startsWith(prefix) ? p.slice(2) : p;
}

/**
 * The names on the `diff --git` line. Unquoted names are ambiguous when they contain spaces, but
 * git only relies on this line when both names are equal (mode change, binary, empty file), so
 * splitting in the middle is exact; renames are read from their own lines.
 */
export function parseGitHeaderNames(rest: string): { a: string; b: string } | null {
  const qa = unquoteCPath(rest);
  if (qa) {
    const after = qa.rest.replace(/^ /, '');
    const qb = unquoteCPath(after);
    return { a: stripPrefix(qa.value, 'a/'), b: stripPrefix(qb ? qb.value : after, 'b/') };
  }
  const quotedB = rest.indexOf(' "b/');
  if (quotedB !== -1) {
    const qb = unquoteCPath(rest.slice(quotedB + 1));
    if (qb) return { a: stripPrefix(rest.slice(0, quotedB), 'a/'), b: stripPrefix(qb.value, 'b/') };
  }
  if ((rest.length - 5) % 2 === 0) {
    const n = (rest.length - 5) / 2;
    const a = rest.slice(2, 2 + n);
    if (rest.slice(2 + n) === ` b/${a}`) return { a, b: a };
  }
  const mid = rest.indexOf(' b/');
  if (mid === -1) return null;
  return { a: stripPrefix(rest.slice(0, mid), 'a/'), b: rest.slice(mid + 3) };
}

/** A parsed block before statuses that need outside knowledge (added vs untracked) are settled. */
export interface RawBlock {
  path: string;
  oldPath?: string;
  kind: 'modified' | 'new' | 'deleted' | 'renamed' | 'copied' | 'mode';
  binary: boolean;
  submodule: boolean;
  utf8: boolean;
  oldMode?: string;
  newMode?: string;
  added: number;
  removed: number;
  bytes: number;
  text: string;
}

/** Parses one `diff --git` block (bytes [start, end) of `buf`). */
export function parseBlock(buf: Buffer, start: number, end: number): RawBlock {
  const slice = buf.subarray(start, end);
  const utf8 = isUtf8(slice);
  const text = slice.toString('utf8');
  let pos = 0;
  let first = true;
  let gitNames: { a: string; b: string } | null = null;
  let minus: string | null = null;
  let plus: string | null = null;
  let renameFrom: string | null = null;
  let renameTo: string | null = null;
  let copy = false;
  let isNew = false;
  let isDeleted = false;
  let binary = false;
  let oldMode: string | undefined;
  let newMode: string | undefined;
  let indexMode: string | undefined;
  let hunkAt = -1;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    const next = nl === -1 ? text.length : nl + 1;
    if (first) {
      gitNames = parseGitHeaderNames(line.slice('diff --git '.length));
      first = false;
    } else if (line.startsWith('@@')) {
      hunkAt = pos;
      break;
    } else if (line.startsWith('--- ')) minus = readPathField(line.slice(4));
    else if (line.startsWith('+++ ')) plus = readPathField(line.slice(4));
    else if (line.startsWith('rename from ')) renameFrom = readPathField(line.slice(12));
    else if (line.startsWith('rename to ')) renameTo = readPathField(line.slice(10));
    else if (line.startsWith('copy from ')) {
      renameFrom = readPathField(line.slice(10));
      copy = true;
    } else if (line.startsWith('copy to ')) renameTo = readPathField(line.slice(8));
    else if (line.startsWith('new file mode ')) {
      isNew = true;
      newMode = line.slice(14);
    } else if (line.startsWith('deleted file mode ')) {
      isDeleted = true;
      oldMode = line.slice(18);
    } else if (line.startsWith('old mode ')) oldMode = line.slice(9);
    else if (line.startsWith('new mode ')) newMode = line.slice(9);
    else if (line.startsWith('index ')) {
      const m = / (\d{6})$/.exec(line);
      if (m) indexMode = m[1];
    } else if (line.startsWith('Binary files ') || line === 'GIT binary patch') binary = true;
    pos = next;
  }

  let added = 0;
  let removed = 0;
  if (hunkAt !== -1) {
    // Count content lines by their first character; hunk headers start with '@'.
    let p = hunkAt;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (c === 43 /* + */) added += 1;
      else if (c === 45 /* - */) removed += 1;
      const nl = text.indexOf('\n', p);
      if (nl === -1) break;
      p = nl + 1;
    }
  }

  const fromLine = (p: string | null, prefix: 'a/' | 'b/'): string | null =>
    p === null || p === '/dev/null' ? null : stripPrefix(p, prefix);
  const newName = renameTo ?? fromLine(plus, 'b/') ?? gitNames?.b ?? '';
  const oldName = renameFrom ?? fromLine(minus, 'a/') ?? gitNames?.a ?? newName;
  const submodule = [oldMode, newMode, indexMode].includes('160000');

  let kind: RawBlock['kind'];
  if (isNew) kind = 'new';
  else if (isDeleted) kind = 'deleted';
  else if (renameFrom !== null && renameTo !== null) kind = copy ? 'copied' : 'renamed';
  else if (oldMode !== undefined && newMode !== undefined && hunkAt === -1 && !binary) kind = 'mode';
  else kind = 'modified';

  const block: RawBlock = {
    path: isDeleted ? oldName : newName,
    kind,
    binary,
    submodule,
    utf8,
    added,
    removed,
    bytes: slice.length,
    text,
  };
  if (kind === 'renamed' || kind === 'copied') block.oldPath = oldName;
  if (oldMode !== undefined) block.oldMode = oldMode;
  if (newMode !== undefined) block.newMode = newMode;
  else if (indexMode !== undefined && !isDeleted) block.newMode = indexMode;
  return block;
}

/** Options that settle what the diff alone cannot tell. */
export interface ToFileChangesOptions {
  /** Paths new in the user's index (staged): their new-file blocks are `added`, the others `untracked`. */
  stagedNew?: ReadonlySet<string>;
  /** Prefix for keys (e.g. `commit:abc1234/` for patch units). */
  keyPrefix?: string;
}

/**
 * Turns parsed blocks into FileChanges as they come: typechange pairs merged, statuses settled,
 * keys assigned. Holds back one deletion to see whether the next block re-adds the same path.
 */
export class FileChangeAssembler {
  private pending: RawBlock | null = null;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly emit: (f: FileChange) => void,
    private readonly options: ToFileChangesOptions = {},
  ) {}

  push(b: RawBlock): void {
    const held = this.pending;
    this.pending = null;
    if (held) {
      // git shows a file<->symlink change as a deletion followed by an addition of the same path.
      if (b.kind === 'new' && b.path === held.path) {
        this.emitChange(held, 'typechange', b);
        return;
      }
      this.emitChange(held, 'deleted');
    }
    if (b.kind === 'deleted') this.pending = b;
    else this.emitChange(b, this.statusOf(b));
  }

  end(): void {
    if (this.pending) this.emitChange(this.pending, 'deleted');
    this.pending = null;
  }

  private statusOf(b: RawBlock): FileStatus {
    if (b.submodule) return 'submodule';
    if (b.kind === 'new') return this.options.stagedNew?.has(b.path) ? 'added' : 'untracked';
    return b.kind;
  }

  private emitChange(b: RawBlock, status: FileStatus, second?: RawBlock): void {
    const n = (this.seen.get(b.path) ?? 0) + 1;
    this.seen.set(b.path, n);
    const change: FileChange = {
      key: `${this.options.keyPrefix ?? ''}${b.path}${n > 1 ? `#${n}` : ''}`,
      path: b.path,
      status: b.submodule && status === 'deleted' ? 'submodule' : status,
      binary: b.binary || (second?.binary ?? false),
      utf8: b.utf8 && (second?.utf8 ?? true),
      added: b.added + (second?.added ?? 0),
      removed: b.removed + (second?.removed ?? 0),
      bytes: b.bytes + (second?.bytes ?? 0),
      diffText: second ? b.text + second.text : b.text,
    };
    if (b.oldPath !== undefined) change.oldPath = b.oldPath;
    if (b.oldMode !== undefined) change.oldMode = b.oldMode;
    const newMode = second ? second.newMode : b.newMode;
    if (newMode !== undefined) change.newMode = newMode;
    this.emit(change);
  }
}

/** Turns a list of parsed blocks into FileChanges (see FileChangeAssembler). */
export function toFileChanges(blocks: readonly RawBlock[], options: ToFileChangesOptions = {}): FileChange[] {
  const out: FileChange[] = [];
  const assembler = new FileChangeAssembler((f) => out.push(f), options);
  for (const b of blocks) assembler.push(b);
  assembler.end();
  return out;
}

/**
 * Cuts streamed `git diff` output into whole `diff --git` blocks as soon as each is complete,
 * so parsing and scanning run while git is still producing the rest.
 */
export class DiffBlockStream {
  private chunks: Buffer[] = [];
  private length = 0;

  constructor(private readonly onBlock: (block: Buffer) => void) {}

  push(chunk: Buffer): void {
    const tailLength = Math.min(this.length, NL_HEADER.length - 1);
    const previous = this.chunks[this.chunks.length - 1];
    const tail = tailLength > 0 ? this.lastBytes(tailLength, previous) : null;
    const window = tail ? Buffer.concat([tail, chunk]) : chunk;
    const windowStart = this.length - tailLength; // offset of window[0] in the carried data
    this.chunks.push(chunk);
    this.length += chunk.length;
    const cuts: number[] = [];
    for (let hit = window.indexOf(NL_HEADER); hit !== -1; hit = window.indexOf(NL_HEADER, hit + 1)) {
      cuts.push(windowStart + hit + 1);
    }
    if (cuts.length === 0) return;
    const all = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks, this.length);
    let start = 0;
    for (const cut of cuts) {
      if (cut > start) this.emit(all.subarray(start, cut));
      start = cut;
    }
    this.chunks = [all.subarray(start)];
    this.length = all.length - start;
  }

  end(): void {
    if (this.length > 0) this.emit(Buffer.concat(this.chunks, this.length));
    this.chunks = [];
    this.length = 0;
  }

  private emit(block: Buffer): void {
    if (block.subarray(0, HEADER.length).equals(HEADER)) this.onBlock(block);
  }

  private lastBytes(n: number, last: Buffer | undefined): Buffer {
    if (last && last.length >= n) return last.subarray(last.length - n);
    return Buffer.concat(this.chunks, this.length).subarray(this.length - n);
  }
}

/** Parses a whole `git diff` output (or the diff part of a patch, given offsets). */
export function parseDiff(buf: Buffer, options: ToFileChangesOptions & { from?: number; to?: number } = {}): FileChange[] {
  const from = options.from ?? 0;
  const to = options.to ?? buf.length;
  const starts = blockStarts(buf, from, to);
  const blocks = starts.map((s, i) => parseBlock(buf, s, starts[i + 1] ?? to));
  return toFileChanges(blocks, options);
}
