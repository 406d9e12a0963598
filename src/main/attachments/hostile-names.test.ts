import { lstat, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import hostile from './fixtures/hostile-names.json';
import { createDownloadManager } from './download-manager';
import type { DownloadableAttachment } from './download-manager';
import { sanitizeFileName } from './sanitize-file-name';
import { startAttachmentsHarness } from './test-harness';
import type { AttachmentsHarness } from './test-harness';

let h: AttachmentsHarness;
beforeAll(async () => {
  h = await startAttachmentsHarness();
});
afterAll(async () => {
  await h.close();
});

describe('hostile attachment names, downloaded from devin-sim into one folder', () => {
  it('lands every file inside the folder, under distinct names, overwriting nothing', async () => {
    const names = hostile.names;
    expect(names.length).toBeGreaterThanOrEqual(100);
    const contentOf = (i: number) => `attachment #${i}: ${JSON.stringify(names[i])}\n`;

    // Names the sim serves go through the real list endpoint and the download route (each name
    // one encoded path segment). Blank names (the sim's control API refuses them) and `.`/`..`
    // (no URL can carry them as a segment: the client refuses, see download-route.test.ts) are
    // served by a carrier attachment's route under the hostile name.
    const expected = new Map<string, string>();
    const blankOnes: DownloadableAttachment[] = [];
    const carriers = new Map<string, string>();
    for (const [i, name] of names.entries()) {
      if (name.trim() === '' || name === '.' || name === '..') {
        const carrier = h.sim.control.addSessionAttachment(h.sessionId, { name: `blank-${i}.txt`, text: contentOf(i) });
        blankOnes.push({ attachment_id: `blank-${i}`, name });
        carriers.set(`blank-${i}`, carrier.download_url);
        expected.set(`blank-${i}`, contentOf(i));
        // Not part of the session's list: remove it from what downloadAll sees.
        continue;
      }
      const a = h.sim.control.addSessionAttachment(h.sessionId, { name, text: contentOf(i) });
      expected.set(a.attachment_id, contentOf(i));
    }
    const listed = await h.client.sessions.attachments(h.sessionId);
    const fromApi = listed.filter((a) => !a.name.startsWith('blank-'));
    expect(fromApi.length + blankOnes.length).toBe(names.length);
    expect(fromApi.length).toBeGreaterThanOrEqual(100);

    const dir = await h.tempDir();
    const realDir = await realpath(dir);
    // Files the user already has, under names the downloads will want.
    const preexisting: Record<string, string> = {};
    for (const n of ['report.pdf', 'CON', '../../etc/passwd', '.bashrc', 'attachment', 'dup.txt.part', 'a'.repeat(300) + '.txt']) {
      preexisting[sanitizeFileName(n)] = `precious ${n}`;
    }
    preexisting['report (1).pdf'] = 'precious numbered copy';
    for (const [file, text] of Object.entries(preexisting)) await writeFile(join(dir, file), text);

    const manager = createDownloadManager({
      apiOrigin: h.sim.baseUrl,
      getAuthHeader: () => h.authHeader,
      attachmentUrl: (a) => carriers.get(a.attachment_id) ?? h.client.attachmentDownloadUrl(a),
      listAttachments: async () => fromApi,
      retry: { baseDelayMs: 5, maxDelayMs: 20 },
    });
    const { jobIds } = await manager.downloadAll(h.sessionId, dir);
    const extra = blankOnes.map((attachment) => manager.enqueue({ sessionId: h.sessionId, attachment, dir }));
    const jobs = await manager.settled([...jobIds, ...extra]);

    expect(jobs).toHaveLength(names.length);
    expect(jobs.filter((j) => j.state !== 'done').map((j) => [j.name, j.error?.code])).toEqual([]);
    const paths = jobs.map((j) => j.path as string);
    expect(new Set(paths).size).toBe(paths.length);
    for (const job of jobs) {
      const path = job.path as string;
      expect(dirname(path)).toBe(realDir);
      expect((await lstat(path)).isFile()).toBe(true);
      expect(Buffer.byteLength(path.slice(realDir.length + 1))).toBeLessThanOrEqual(255);
      expect(await readFile(path, 'utf8')).toBe(expected.get(job.attachmentId));
    }
    for (const [file, text] of Object.entries(preexisting)) expect(await readFile(join(dir, file), 'utf8')).toBe(text);
    const entries = await readdir(dir);
    expect(entries).toHaveLength(names.length + Object.keys(preexisting).length);
    // Nothing else: no leftover .part files, no stray names.
    const known = new Set([...paths.map((p) => p.slice(realDir.length + 1)), ...Object.keys(preexisting)]);
    expect(entries.filter((e) => !known.has(e))).toEqual([]);
  });
});
