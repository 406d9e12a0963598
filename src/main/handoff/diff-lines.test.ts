import { describe, expect, it } from 'vitest';
import { buildLineIndex, contentText, LINE_ADDED, LINE_CONTEXT, LINE_HEADER, LINE_HUNK, LINE_OTHER, LINE_REMOVED } from './diff-lines';

const KIND = ['header', 'added', 'context', 'removed', 'other', 'hunk'];

describe('buildLineIndex', () => {
  it('reads each line by its kind, numbering removed lines in the old file and the rest in the new one', () => {
    const text = [
      'diff --git a/f.py b/f.py',
      'index 1111111..2222222 100644',
      '--- a/f.py',
      '+++ b/f.py',
      '@@ -10,3 +10,3 @@ def handler(event):',
      ' a',
      '-b',
      '+c',
      ' d',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    const idx = buildLineIndex(text, 'diff');
    expect(Array.from(idx.kinds.slice(0, 10), (k) => KIND[k])).toEqual(['header', 'header', 'header', 'header', 'hunk', 'context', 'removed', 'added', 'context', 'other']);
    expect([idx.oldLines[5], idx.newLines[5], idx.oldLines[6], idx.newLines[7], idx.oldLines[8], idx.newLines[8]]).toEqual([10, 10, 11, 11, 12, 12]);
    // The text after the hunk header's second @@ is context from the old file; the rest is not content.
    expect(text.slice(idx.contentStart(4), idx.end(4))).toBe('def handler(event):');
    expect(text.slice(idx.contentStart(0), idx.end(0))).toBe('diff --git a/f.py b/f.py');
    expect(contentText(text, 'diff')).toBe('a\nb\nc\nd');
  });

  it('ends a hunk after the lines its header counts: a second block (a file that became a symlink) is headers again', () => {
    const text = [
      'diff --git a/x b/x',
      'deleted file mode 100644',
      'index 1111111..0000000',
      '--- a/x',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-old',
      'diff --git a/x b/x',
      'new file mode 120000',
      'index 0000000..2222222',
      '--- /dev/null',
      '+++ b/x',
      '@@ -0,0 +1 @@',
      '+target',
      '\\ No newline at end of file',
      '',
    ].join('\n');
    const kinds = Array.from(buildLineIndex(text, 'diff').kinds.slice(0, 15));
    expect(kinds).toEqual([
      LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HUNK, LINE_REMOVED,
      LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HEADER, LINE_HUNK, LINE_ADDED, LINE_OTHER,
    ]);
    expect(kinds).not.toContain(LINE_CONTEXT);
  });

  it('reads every line of text mode as new text', () => {
    const idx = buildLineIndex('a\n-b\n diff --git\n', 'text');
    expect(Array.from(idx.kinds)).toEqual([LINE_ADDED, LINE_ADDED, LINE_ADDED]);
    expect(Array.from(idx.newLines)).toEqual([1, 2, 3]);
  });
});
