import { describe, expect, it } from 'vitest';
import { splitDiff } from './diff-lines';

const diff = [
  'diff --git a/src/app.ts b/src/app.ts',
  'index cc798ff..66d48fc 100644',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -1,2 +1,2 @@',
  ' keep',
  '-export const a = 1;',
  '+export const a = 2;',
  '\\ No newline at end of file',
  'diff --git a/logo.png b/logo.png',
  'new file mode 100644',
  'Binary files /dev/null and b/logo.png differ',
  '',
].join('\n');

describe('splitDiff', () => {
  it('types every line, keeping headers (--- / +++) apart from removed and added lines', () => {
    const [app, logo] = splitDiff(diff);
    expect(app?.path).toBe('src/app.ts');
    expect(app?.lines.map((l) => l.kind)).toEqual(['meta', 'meta', 'meta', 'meta', 'hunk', 'ctx', 'del', 'add', 'note']);
    expect([app?.added, app?.removed]).toEqual([1, 1]);
    expect(logo).toMatchObject({ path: 'logo.png', added: 0, removed: 0 });
    expect(logo?.lines.every((l) => l.kind === 'meta')).toBe(true);
  });

  it('keeps the text exactly', () => {
    const joined = splitDiff(diff).flatMap((b) => b.lines.map((l) => l.text)).join('\n') + '\n';
    expect(joined).toBe(diff);
  });

  it('gives each patch mail its header block', () => {
    const mail = ['From 0123456789012345678901234567890123456789 Mon Sep 17 00:00:00 2001', 'Subject: [PATCH] Add lib', '---', ' lib.ts | 1 +', '', 'diff --git a/lib.ts b/lib.ts', '@@ -0,0 +1 @@', '+x', ''].join('\n');
    const blocks = splitDiff(diff + mail);
    expect(blocks.map((b) => b.path)).toEqual(['src/app.ts', 'logo.png', '', 'lib.ts']);
    expect(blocks[2]?.lines.every((l) => l.kind === 'meta')).toBe(true);
    expect(blocks[3]?.added).toBe(1);
  });
});
