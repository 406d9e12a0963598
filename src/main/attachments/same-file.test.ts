import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadFile } from './download-file';
import { plannedFileNames } from './planned-names';
import { findSameSavedFile, sameFingerprint, savedNameCandidates } from './same-file';
import { listDir, sha256Hex, startAttachmentsHarness } from './test-harness';
import type { AttachmentsHarness } from './test-harness';

describe('plannedFileNames', () => {
  it('numbers repeated names in list order, as they are saved', () => {
    expect(plannedFileNames(['report.md', 'data.csv', 'report.md', 'report.md'])).toEqual([
      { name: 'report.md', variant: 0 },
      { name: 'data.csv', variant: 0 },
      { name: 'report (1).md', variant: 1 },
      { name: 'report (2).md', variant: 2 },
    ]);
  });
  it('compares sanitised names, ignoring case, and steps over a name another file already has', () => {
    expect(plannedFileNames(['a/b.txt', 'a_b.txt']).map((p) => p.name)).toEqual(['a_b.txt', 'a_b (1).txt']);
    expect(plannedFileNames(['Notes.md', 'notes.md']).map((p) => p.name)).toEqual(['Notes.md', 'notes (1).md']);
    expect(plannedFileNames(['x (1).txt', 'x.txt', 'x.txt']).map((p) => p.name)).toEqual(['x (1).txt', 'x.txt', 'x (2).txt']);
    expect(plannedFileNames([])).toEqual([]);
  });
});

describe('savedNameCandidates and sameFingerprint', () => {
  it('lists the names a download of `name` may be saved under, gaps allowed, nothing else', () => {
    const entries = ['report (2).md', 'report.md', 'report.md.part', 'report (1).txt', 'other.md', 'report (x).md'];
    expect(savedNameCandidates(entries, 'report.md')).toEqual(['report.md', 'report (2).md']);
    expect(savedNameCandidates([], 'report.md')).toEqual([]);
    // A variant past every entry there is cannot be one we saved.
    expect(savedNameCandidates(['report (9).md'], 'report.md')).toEqual([]);
    expect(savedNameCandidates(['report (9).md'], 'report.md', 8)).toEqual(['report (9).md']);
  });
  it('same size and, when both are known, the same checksum', () => {
    expect(sameFingerprint({ size: 3 }, { size: 4 })).toBe('different');
    expect(sameFingerprint({ size: 3 }, { size: 3 })).toBe('compareBytes');
    expect(sameFingerprint({ size: 3, sha256: 'AB' }, { size: 3, sha256: 'ab' })).toBe('same');
    expect(sameFingerprint({ size: 3, sha256: 'ab' }, { size: 3, sha256: 'cd' })).toBe('different');
    expect(sameFingerprint({ size: 3, sha256: 'ab' }, { size: 3, sha256: null })).toBe('compareBytes');
  });
});

describe('skipping a file already saved with the same bytes (against devin-sim)', () => {
  let h: AttachmentsHarness;
  beforeAll(async () => {
    h = await startAttachmentsHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  const get = (a: { download_url: string; name: string }, dir: string, extra: Parameters<typeof downloadFile>[0] extends infer O ? Partial<O> : never = {}) =>
    downloadFile({ url: a.download_url, name: a.name, auth: h.auth, dir, retry: { baseDelayMs: 5, maxDelayMs: 20 }, ...extra });

  it('keeps the saved file instead of adding name (1); a different file of that name still gets name (1); off by default', async () => {
    const a = h.sim.control.addSessionAttachment(h.sessionId, { name: 'log.txt', text: 'line one\n' });
    const dir = await h.tempDir();
    const first = await get(a, dir, { skipSameFile: true });
    expect(first).toMatchObject({ path: join(dir, 'log.txt'), alreadySaved: false });

    const second = await get(a, dir, { skipSameFile: true });
    expect(second).toMatchObject({ path: join(dir, 'log.txt'), alreadySaved: true, bytes: 9 });
    expect(await listDir(dir)).toEqual(['log.txt']);
    // With a checksum expected, that is what decides (and it still matches).
    expect(await get(a, dir, { skipSameFile: true, expectedSha256: sha256Hex('line one\n') })).toMatchObject({ alreadySaved: true });

    // Without the option (Download again, --force) a copy is saved.
    expect(await get(a, dir)).toMatchObject({ path: join(dir, 'log (1).txt'), alreadySaved: false });

    // Same size, other bytes: not the same file.
    const other = await h.tempDir();
    await writeFile(join(other, 'log.txt'), 'line two\n');
    expect(await get(a, other, { skipSameFile: true })).toMatchObject({ path: join(other, 'log (1).txt'), alreadySaved: false });
    expect(await readFile(join(other, 'log.txt'), 'utf8')).toBe('line two\n');
    // … and the copy found next time, past the different one.
    expect(await get(a, other, { skipSameFile: true })).toMatchObject({ path: join(other, 'log (1).txt'), alreadySaved: true });
    expect(await listDir(other)).toEqual(['log (1).txt', 'log.txt']);
  });

  it('never vouches for a link or a folder of that name', async () => {
    const a = h.sim.control.addSessionAttachment(h.sessionId, { name: 'cfg.json', text: '{}' });
    const dir = await h.tempDir();
    const outside = await h.tempDir();
    await writeFile(join(outside, 'cfg.json'), '{}');
    await symlink(join(outside, 'cfg.json'), join(dir, 'cfg.json'));
    await mkdir(join(dir, 'cfg (1).json'));
    const r = await get(a, dir, { skipSameFile: true });
    expect(r).toMatchObject({ path: join(dir, 'cfg (2).json'), alreadySaved: false });
    expect(await findSameSavedFile(join(dir, 'nope'), 'cfg.json', { partPath: r.path, size: 2 })).toBeNull();
  });
});
