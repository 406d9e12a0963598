/**
 * Unpushed commits as patches, split at their real separators: commit messages that forge mail
 * separators (`From <sha> Mon Sep 17 …`), diff headers (`diff --git`) or the `---` line stay
 * messages, are scanned as messages, and the series still applies with `git am`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeHandoff } from './compose-handoff';
import { inspectRepo } from './inspect-repo';
import { git, isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';
import { redactionMarker } from './resolutions';
import { FORMAT_PATCH_ARGS, parsePatchSeries, splitDiffTree } from './unpushed';

const ghToken = (seed: string): string => ['gh', 'p_', seed.repeat(40).slice(0, 36)].join('');

let restoreConfig: () => void;
const cleanups: Array<() => void> = [];
beforeAll(() => {
  restoreConfig = isolateGitConfig();
});
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
afterAll(() => restoreConfig());

/** A repo whose `main` is on a bare remote; returns both. */
function pushed(): { repo: TempRepo; bare: string } {
  const repo = makeRepo('patch-series-');
  cleanups.push(repo.cleanup);
  repo.write('base.txt', 'base\n');
  repo.commitAll('base');
  const dir = mkdtempSync(join(tmpdir(), 'patch-series-remote-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const bare = join(dir, 'remote.git');
  execFileSync('git', ['init', '-q', '--bare', bare]);
  repo.git('remote', 'add', 'origin', bare);
  repo.git('push', '-q', '-u', 'origin', 'main');
  return { repo, bare };
}

/** Applies `patches` with `git am` onto origin/main in a fresh clone; returns the tree. */
function amOnto(bare: string, patches: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'patch-series-am-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('git', ['clone', '-q', bare, join(dir, 'c')], { stdio: 'ignore' });
  const c = join(dir, 'c');
  git(c, 'config', 'user.name', 'T');
  git(c, 'config', 'user.email', 't@example.invalid');
  git(c, 'checkout', '-q', '--detach', 'origin/main');
  execFileSync('git', ['am', '-q'], { cwd: c, input: patches, stdio: ['pipe', 'ignore', 'pipe'] });
  return git(c, 'rev-parse', 'HEAD^{tree}').trim();
}

describe('patches of unpushed commits, split at their real separators', () => {
  it('a message forging a mail start, a diff and the --- line stays one message, scanned as such', async () => {
    const { repo } = pushed();
    const t = ghToken('Fk3');
    repo.write('one.txt', 'one\n');
    const first = repo.commitAll('one');
    repo.write('two.txt', 'two\n');
    repo.commitAll(
      [
        'two',
        '',
        `From ${first} Mon Sep 17 00:00:00 2001`,
        'Subject: [PATCH] forged',
        '---',
        ' forged.txt | 1 +',
        '',
        'diff --git a/forged.txt b/forged.txt',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/forged.txt',
        '@@ -0,0 +1 @@',
        `+${t}`,
        `plain ${t}`,
      ].join('\n'),
    );
    repo.write('three.txt', 'three\n');
    repo.commitAll('three');

    const inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
    const patches = inspection.patches ?? [];
    expect(patches.map((p) => p.subject)).toEqual(['one', 'two', 'three']);
    expect(patches.map((p) => p.files.map((f) => f.path))).toEqual([['one.txt'], ['two.txt'], ['three.txt']]);
    expect(patches.every((p) => p.opaque !== true)).toBe(true);
    expect(patches[1]?.preamble).toContain('diff --git a/forged.txt b/forged.txt');
    expect(patches[1]?.preamble).toContain(`From ${first} Mon Sep 17 00:00:00 2001`);
    // Both copies of the token are in the message, wherever they look like they are.
    const found = (inspection.findings ?? []).filter((f) => f.rule === 'github-token');
    expect(found.map((f) => [f.place, f.scope?.slice(0, 7), f.line])).toEqual([
      ['message', 'commit:', 16],
      ['message', 'commit:', 17],
    ]);

    // The series sent is exactly what format-patch printed: every byte in one of the scanned units.
    // (git am itself would be misled by such a message: mbox cannot tell a forged `From` line.)
    const all = Object.fromEntries(found.map((f) => [f.id, 'allow' as const]));
    const composed = composeHandoff({ inspection, task: 'Go on', includeUnpushed: true, resolutions: all });
    expect(composed.patches).toBe(execFileSync('git', [...FORMAT_PATCH_ARGS, 'origin/main..HEAD'], { cwd: repo.dir, encoding: 'utf8' }));

    // Redacted, the token is gone from the message; nothing else changed.
    const redact = Object.fromEntries(found.map((f) => [f.id, 'redact' as const]));
    const redacted = composeHandoff({ inspection, task: 'Go on', includeUnpushed: true, resolutions: redact });
    expect(redacted.prompt).not.toContain(t);
    expect(redacted.patches).toBe(composed.patches.split(t).join(redactionMarker('github-token')));
  });

  it('a series with ordinary messages applies with git am, also after a message is redacted', async () => {
    const { repo, bare } = pushed();
    const t = ghToken('Am8');
    repo.write('one.txt', 'one\n');
    repo.commitAll(`one\n\nrotated the old key ${t}`);
    repo.write('two.txt', 'two\n');
    repo.commitAll('two');
    const inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
    const found = inspection.findings ?? [];
    expect(found.map((f) => [f.rule, f.place])).toEqual([['github-token', 'message']]);
    const redacted = composeHandoff({ inspection, task: 'Go on', includeUnpushed: true, resolutions: { [found[0]?.id ?? '']: 'redact' } });
    expect(redacted.patches).not.toContain(t);
    expect(amOnto(bare, redacted.patches)).toBe(repo.git('rev-parse', 'HEAD^{tree}').trim());
  });

  it('a binary file is named ("Binary files … differ"), never inlined as base85', async () => {
    const { repo } = pushed();
    repo.write('blob.bin', Buffer.from([0, 1, 2, 3, 0, 255, 254]));
    repo.commitAll('blob');
    const inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
    const composed = composeHandoff({ inspection, task: 'Go on', includeUnpushed: true });
    expect(composed.patches).toContain('Binary files /dev/null and b/blob.bin differ');
    expect(composed.patches).not.toContain('GIT binary patch');
  });
});

describe('parsePatchSeries (pure)', () => {
  const sha = (c: string): string => c.repeat(40);
  const mail = (s: string, message: string, diff: string): string =>
    `From ${s} Mon Sep 17 00:00:00 2001\nFrom: T <t@example.invalid>\nSubject: [PATCH] x\n\n${message}\n---\n f | 1 +\n\n${diff}`;
  const diffOf = (name: string): string => `diff --git a/${name} b/${name}\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/${name}\n@@ -0,0 +1 @@\n+x\n`;

  it('cuts where each commit id starts its own mail, whatever the messages forge', () => {
    const a = sha('a');
    const b = sha('b');
    const forged = `From ${a} Mon Sep 17 00:00:00 2001\n${diffOf('fake')}---`;
    const text = `${mail(a, 'first', diffOf('a.txt'))}\n${mail(b, forged, diffOf('b.txt'))}`;
    const diffs = new Map([
      [a, Buffer.from(diffOf('a.txt'))],
      [b, Buffer.from(diffOf('b.txt'))],
    ]);
    const patches = parsePatchSeries(Buffer.from(text), [a, b], diffs);
    expect(patches.map((p) => [p.sha, p.files.map((f) => f.path), p.trailer])).toEqual([
      [a, ['a.txt'], '\n'],
      [b, ['b.txt'], ''],
    ]);
    expect(patches[1]?.preamble).toContain('diff --git a/fake b/fake');
    expect(patches.map((p) => p.preamble + p.files.map((f) => f.diffText).join('') + p.trailer).join('')).toBe(text);
  });

  it('keeps a mail whose diff is not the commit’s own as one opaque message (all of it still scanned)', () => {
    const a = sha('c');
    const text = mail(a, 'msg', diffOf('a.txt'));
    const patches = parsePatchSeries(Buffer.from(text), [a], new Map([[a, Buffer.from(diffOf('other.txt'))]]));
    expect(patches).toEqual([{ sha: a, subject: '', preamble: text, files: [], trailer: '', opaque: true }]);
  });

  it('drops bytes outside every mail, and commits format-patch left out', () => {
    const a = sha('d');
    const b = sha('e');
    const text = `stray\n${mail(a, 'm', diffOf('a.txt'))}`;
    const patches = parsePatchSeries(Buffer.from(text), [a, b], new Map([[a, Buffer.from(diffOf('a.txt'))], [b, Buffer.alloc(0)]]));
    expect(patches.map((p) => p.sha)).toEqual([a]);
    expect(patches[0]?.preamble.startsWith(`From ${a}`)).toBe(true);
  });

  it('splits diff-tree output at the commit id lines', () => {
    const a = sha('1');
    const b = sha('2');
    const out = `${a}\n${diffOf('a.txt')}${b}\n`;
    const parts = splitDiffTree(Buffer.from(out), [a, b]);
    expect(parts.get(a)?.toString()).toBe(diffOf('a.txt'));
    expect(parts.get(b)?.length).toBe(0);
  });
});
