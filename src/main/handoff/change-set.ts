import { copyFile, lstat, mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitGuard } from './git-guard';
import { gitText, runGit, type GitRunOptions } from './git-runner';
import { DiffBlockStream, FileChangeAssembler, parseBlock } from './parse-diff';
import type { FileChange } from './types';

/** Progress of an inspection, for a progress bar or spinner text. */
export interface InspectProgress {
  phase: 'locate' | 'status' | 'untracked' | 'diff' | 'patches' | 'done';
  /** Bytes of diff read so far (phase `diff`). */
  bytes?: number;
}

export interface ChangeSetOptions {
  /** From guardRepo: every git call here runs through it. */
  guard: GitGuard;
  root: string;
  /** The user's index; copied, never written. */
  indexPath: string;
  /** HEAD sha, or null in a repo without commits (then everything is diffed against the empty tree). */
  head: string | null;
  signal?: AbortSignal;
  onProgress?: (p: InspectProgress) => void;
  /** Refuse diffs larger than this (default 256 MiB) instead of exhausting memory. */
  maxDiffBytes?: number;
  /** Called for each file as soon as its diff block has streamed in (e.g. to scan it meanwhile). */
  onFile?: (f: FileChange) => void;
}

const DEFAULT_MAX_DIFF_BYTES = 256 * 1024 * 1024;

/** The empty tree of this repo's hash algorithm (sha1 or sha256), computed without writing it. */
async function emptyTree(run: Pick<GitRunOptions, 'guard' | 'cwd' | 'signal'>): Promise<string> {
  return gitText(['hash-object', '-t', 'tree', '--stdin'], { ...run, input: '' });
}

/** Sizes of binary files: from the working tree, or from HEAD for deletions. */
async function fillBinarySizes(files: FileChange[], options: ChangeSetOptions): Promise<void> {
  const deleted: FileChange[] = [];
  await Promise.all(
    files
      .filter((f) => f.binary)
      .map(async (f) => {
        if (f.status === 'deleted') {
          deleted.push(f);
          return;
        }
        const st = await lstat(join(options.root, f.path)).catch(() => null);
        if (st) f.size = st.size;
      }),
  );
  const named = deleted.filter((f) => !f.path.includes('\n'));
  if (named.length === 0 || !options.head) return;
  const out = await gitText(['cat-file', '--batch-check=%(objectsize)'], {
    guard: options.guard,
    cwd: options.root,
    signal: options.signal,
    input: named.map((f) => `${options.head}:${f.path}\n`).join(''),
  });
  out.split('\n').forEach((line, i) => {
    const f = named[i];
    if (f && /^\d+$/.test(line)) f.size = Number(line);
  });
}

/**
 * The change set: `git diff HEAD` plus every untracked, non-ignored file as a new-file diff, with
 * renames detected. Runs on a COPY of the user's index in a temp folder (GIT_INDEX_FILE), where
 * untracked files are marked intent-to-add; the user's index file is never opened for writing, and
 * no blob is written to the object store (intent-to-add records no content).
 */
export async function readChangeSet(options: ChangeSetOptions): Promise<FileChange[]> {
  const tmp = await mkdtemp(join(tmpdir(), 'devin-tray-handoff-'));
  try {
    const tempIndex = join(tmp, 'index');
    const plain = { guard: options.guard, cwd: options.root, signal: options.signal };
    const run = { ...plain, env: { GIT_INDEX_FILE: tempIndex } };
    const base = options.head ?? (await emptyTree(plain));

    // New files staged by the user are "added", not "untracked". Asked of the user's index READ-ONLY
    // (a cached diff never refreshes or writes the index), while the copy gets its intent-to-add marks.
    options.onProgress?.({ phase: 'status' });
    const stagedQuery = runGit(['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=A', base], plain);
    stagedQuery.catch(() => undefined); // awaited below
    await copyFile(options.indexPath, tempIndex).then(
      // Keep the index's own mtime on the copy (rounded down: only ever more cautious). Git trusts
      // a cached stat only for files older than the index file; a fresh mtime on the copy would make
      // a same-size edit saved within the same clock tick as the last commit look unchanged
      // ("racy git"), and that edit would silently be left out of the handoff.
      async () => {
        const { mtimeMs, atimeMs } = await stat(options.indexPath);
        await utimes(tempIndex, Math.floor(atimeMs) / 1000, Math.floor(mtimeMs) / 1000);
      },
      (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e; // a repo where nothing was ever added has no index yet
      },
    );

    // --ignore-errors: one unreadable path or an embedded repo without commits must not hide the rest.
    options.onProgress?.({ phase: 'untracked' });
    await runGit(['add', '--all', '--intent-to-add', '--ignore-errors'], {
      ...run,
      config: { 'advice.addEmbeddedRepo': 'false' },
      okExitCodes: [0, 1],
    });
    const stagedNew = new Set((await stagedQuery).stdout.toString('utf8').split('\0').filter(Boolean));

    options.onProgress?.({ phase: 'diff', bytes: 0 });
    const files: FileChange[] = [];
    const assembler = new FileChangeAssembler(
      (f) => {
        files.push(f);
        options.onFile?.(f);
      },
      { stagedNew },
    );
    const blocks = new DiffBlockStream((block) => assembler.push(parseBlock(block, 0, block.length)));
    await runGit(
      [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        '--find-renames',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--ignore-submodules=dirty',
        base,
        '--',
      ],
      {
        ...run,
        maxStdoutBytes: options.maxDiffBytes ?? DEFAULT_MAX_DIFF_BYTES,
        onStdout: (bytes) => options.onProgress?.({ phase: 'diff', bytes }),
        onChunk: (chunk) => blocks.push(chunk),
      },
    );
    blocks.end();
    assembler.end();
    await fillBinarySizes(files, options);
    return files;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
