import type { FileChange } from './types';

/** A path as shown in text: quoted like JSON when it holds control characters or quotes. */
export function displayPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f"]/.test(path) ? JSON.stringify(path) : path;
}

function label(f: FileChange): string {
  const name = f.oldPath !== undefined ? `${displayPath(f.oldPath)} => ${displayPath(f.path)}` : displayPath(f.path);
  switch (f.status) {
    case 'untracked':
      return `${name} (new, untracked)`;
    case 'added':
      return `${name} (new)`;
    case 'deleted':
      return `${name} (deleted)`;
    case 'mode':
      return `${name} (mode ${f.oldMode ?? '?'} -> ${f.newMode ?? '?'})`;
    case 'typechange':
      return `${name} (type changed)`;
    case 'submodule':
      return `${name} (submodule)`;
    default:
      return name;
  }
}

const BAR = 40;
const NAME_WIDTH = 60;

/**
 * A `git diff --stat`-like summary of EVERY file in the change set (pure, deterministic):
 * one line per file with its added/removed line counts and a bar, binaries with their size,
 * then the totals line.
 */
export function formatDiffstat(files: readonly FileChange[]): string {
  if (files.length === 0) return ' 0 files changed\n';
  const labels = files.map(label);
  const width = Math.min(NAME_WIDTH, Math.max(...labels.map((l) => l.length)));
  const counts = files.map((f) => f.added + f.removed);
  const countWidth = String(Math.max(...counts)).length;
  const maxCount = Math.max(...counts, 1);
  const scale = maxCount > BAR ? BAR / maxCount : 1;
  let lines = '';
  let added = 0;
  let removed = 0;
  files.forEach((f, i) => {
    const name = (labels[i] as string).padEnd(width);
    added += f.added;
    removed += f.removed;
    if (f.binary) {
      lines += ` ${name} | Bin${f.size !== undefined ? ` ${f.size} bytes` : ''}\n`;
      return;
    }
    const plus = f.added === 0 ? 0 : Math.max(1, Math.round(f.added * scale));
    const minus = f.removed === 0 ? 0 : Math.max(1, Math.round(f.removed * scale));
    const n = String(f.added + f.removed).padStart(countWidth);
    lines += ` ${name} | ${n} ${'+'.repeat(plus)}${'-'.repeat(minus)}`.trimEnd() + '\n';
  });
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  lines += ` ${plural(files.length, 'file changed', 'files changed')}, ${plural(added, 'insertion(+)', 'insertions(+)')}, ${plural(removed, 'deletion(-)', 'deletions(-)')}\n`;
  return lines;
}
