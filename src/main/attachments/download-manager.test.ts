import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DownloadBatchSummary, DownloadJobView } from '../../shared/attachments/jobs';
import { createDownloadManager } from './download-manager';
import type { DownloadManagerOptions } from './download-manager';
import { fileSha, listDir, startAttachmentsHarness, storagePathOf } from './test-harness';
import type { AttachmentsHarness } from './test-harness';

let h: AttachmentsHarness;
beforeAll(async () => {
  h = await startAttachmentsHarness();
});
afterAll(async () => {
  await h.close();
});
afterEach(() => {
  h.sim.control.clearFaults();
});

function manager(extra: Partial<DownloadManagerOptions> = {}) {
  return createDownloadManager({
    apiOrigin: h.sim.baseUrl,
    getAuthHeader: () => h.authHeader,
    attachmentUrl: (a) => h.client.attachmentDownloadUrl(a),
    listAttachments: (id) => h.client.sessions.attachments(id),
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    ...extra,
  });
}

/** Once a job of `a` is retrying, its route answers 404 once (the attachment is gone). */
function goneOnRetry(m: ReturnType<typeof manager>, a: { attachment_id: string; download_url: string }): void {
  const off = m.on('changed', (job) => {
    if (job.attachmentId !== a.attachment_id || job.state !== 'retrying') return;
    off();
    h.sim.control.addFault({ path: new URL(a.download_url).pathname, kind: 'status', status: 404, times: 1 });
  });
}

function newSession(title: string): string {
  return h.sim.control.createSession({ title }).session_id;
}

describe('createDownloadManager', () => {
  it('runs at most `concurrency` downloads at once (default 3), in order', async () => {
    const sessionId = newSession('concurrency');
    const added = Array.from({ length: 8 }, (_, i) => h.sim.control.addSessionAttachment(sessionId, { name: `f${i}.bin`, size: 300_000, pattern: 'seeded', seed: i + 1 }));
    // Every request waits on the server, so downloads overlap for sure.
    h.sim.control.addFault({ path: '/org-sim/', kind: 'delay', delayMs: 60, times: -1, origin: 'second' });
    const m = manager();
    let running = 0;
    let peak = 0;
    const started: string[] = [];
    const states = new Map<string, DownloadJobView['state']>();
    m.on('changed', (job) => {
      const before = states.get(job.jobId);
      states.set(job.jobId, job.state);
      const active = (s: DownloadJobView['state'] | undefined) => s === 'downloading' || s === 'retrying';
      if (!active(before) && active(job.state)) {
        running += 1;
        started.push(job.name);
      }
      if (active(before) && !active(job.state)) running -= 1;
      peak = Math.max(peak, running);
    });
    const { jobIds } = await m.downloadAll(sessionId, await h.tempDir());
    const jobs = await m.settled(jobIds);
    expect(peak).toBe(3);
    expect(started).toEqual(added.map((a) => a.name));
    for (const [i, job] of jobs.entries()) {
      expect(job.state).toBe('done');
      expect(await fileSha(job.path as string)).toBe(added[i]?.sha256);
    }

    const serial = manager({ concurrency: 1 });
    let serialPeak = 0;
    serial.on('changed', () => {
      serialPeak = Math.max(serialPeak, serial.jobs().filter((j) => j.state === 'downloading').length);
    });
    await serial.settled((await serial.downloadAll(sessionId, await h.tempDir())).jobIds);
    expect(serialPeak).toBe(1);
  });

  it('cancels queued and running jobs without leaving files; retry after a failure resumes the kept part', async () => {
    const sessionId = newSession('cancel');
    const big = h.sim.control.addSessionAttachment(sessionId, { name: 'big.bin', size: 48 * 1024 * 1024, pattern: 'seeded' });
    const queued = h.sim.control.addSessionAttachment(sessionId, { name: 'queued.txt', text: 'never downloaded' });
    const m = manager({ concurrency: 1 });
    const dir = await h.tempDir();
    h.sim.control.addFault({ path: storagePathOf(big), kind: 'delay', delayMs: 30, origin: 'second' });
    const bigJob = m.enqueue({ sessionId, attachment: big, dir });
    const queuedJob = m.enqueue({ sessionId, attachment: queued, dir });
    expect(m.job(queuedJob)?.state).toBe('queued');
    expect(m.cancel(queuedJob)).toBe(true);
    // Cancel as soon as the body starts flowing.
    const cancelled = new Promise<boolean>((resolve) => {
      const off = m.on('progress', (job) => {
        if (job.jobId !== bigJob) return;
        off();
        resolve(m.cancel(bigJob));
      });
    });
    expect(await cancelled).toBe(true);
    const [bigView, queuedView] = await m.settled([bigJob, queuedJob]);
    expect(bigView?.state).toBe('cancelled');
    expect(queuedView?.state).toBe('cancelled');
    expect(await listDir(dir)).toEqual([]);
    expect(bigView?.bytes).toBe(0);

    // A failure keeps the part; retry resumes it (the sim sees a Range request).
    const flaky = h.sim.control.addSessionAttachment(sessionId, { name: 'flaky.bin', size: 1_000_000, pattern: 'seeded', seed: 5 });
    h.sim.control.addFault({ path: storagePathOf(flaky), kind: 'truncate', truncateAfter: 400_000, origin: 'second' });
    // The retry after the cut asks the route again, which then says the file is gone.
    goneOnRetry(m, flaky);
    const failed: DownloadJobView[] = [];
    m.on('failed', (j) => failed.push(j));
    const flakyJob = m.enqueue({ sessionId, attachment: flaky, dir, expectedSha256: flaky.sha256 });
    const [afterFail] = await m.settled([flakyJob]);
    expect(afterFail).toMatchObject({ state: 'failed', resumable: true, path: null });
    expect(afterFail?.error?.code).toBe('ATTACHMENT_GONE');
    expect(failed.map((j) => j.jobId)).toEqual([flakyJob]);
    expect((await stat(join(dir, 'flaky.bin.part'))).size).toBeGreaterThan(0);
    // The row shows what is kept for the resume.
    expect(afterFail?.bytes).toBe((await stat(join(dir, 'flaky.bin.part'))).size);
    h.sim.control.clearRequests();
    h.sim.control.clearSecondOriginRequests();
    expect(m.retry(flakyJob)).toBe(true);
    const [afterRetry] = await m.settled([flakyJob]);
    expect(afterRetry?.state).toBe('done');
    expect(await fileSha(afterRetry?.path as string)).toBe(flaky.sha256);
    // The retry asked the route again, then resumed at storage with Range.
    expect(h.sim.control.getRequests().map((q) => [q.path, q.status])).toEqual([[new URL(flaky.download_url).pathname, 307]]);
    expect(h.sim.control.getSecondOriginRequests()[0]?.headers.range).toMatch(/^bytes=[1-9]\d*-$/);
    expect(await listDir(dir)).toEqual(['flaky.bin']);
    expect(m.retry(flakyJob)).toBe(false);
    expect(() => m.cancel('nope')).toThrow(/no longer known/);

    // Cancelling a failed job discards its kept part, and the job no longer claims those bytes.
    const cut = h.sim.control.addSessionAttachment(sessionId, { name: 'cut.bin', size: 500_000, pattern: 'seeded', seed: 6 });
    h.sim.control.addFault({ path: storagePathOf(cut), kind: 'truncate', truncateAfter: 200_000, origin: 'second' });
    goneOnRetry(m, cut);
    const cutJob = m.enqueue({ sessionId, attachment: cut, dir });
    const [cutFailed] = await m.settled([cutJob]);
    expect(cutFailed?.bytes).toBeGreaterThan(0);
    expect(m.cancel(cutJob)).toBe(true);
    expect(m.job(cutJob)).toMatchObject({ state: 'cancelled', bytes: 0, resumable: false });
    await expect.poll(() => listDir(dir)).toEqual(['flaky.bin']);

    // A checksum mismatch discards the whole file: the failed job keeps no bytes either.
    const wrong = h.sim.control.addSessionAttachment(sessionId, { name: 'wrong.bin', size: 300_000, pattern: 'seeded', seed: 8 });
    const wrongJob = m.enqueue({ sessionId, attachment: wrong, dir, expectedSha256: '0'.repeat(64) });
    const [wrongView] = await m.settled([wrongJob]);
    expect(wrongView).toMatchObject({ state: 'failed', bytes: 0, resumable: false });
    expect(wrongView?.error?.code).toBe('ATTACHMENT_CHECKSUM');
    expect(await listDir(dir)).toEqual(['flaky.bin']);
  });

  it('downloadAll reports its batch once every job is finished, and does not queue duplicates', async () => {
    const sessionId = newSession('batch');
    h.sim.control.addSessionAttachment(sessionId, { name: 'a.txt', text: 'A' });
    h.sim.control.addSessionAttachment(sessionId, { name: 'b.txt', text: 'B' });
    const m = manager();
    const batches: DownloadBatchSummary[] = [];
    m.on('batchDone', (b) => batches.push(b));
    const dir = await h.tempDir();
    const first = await m.downloadAll(sessionId, dir);
    await m.settled(first.jobIds);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ batchId: first.batchId, sessionId, dir, done: 2, failed: 0, cancelled: 0 });
    expect(batches[0]?.paths.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['a.txt', 'b.txt']);

    // Again into the same folder: the same jobs (nothing downloaded twice), reported at once.
    const again = await m.downloadAll(sessionId, dir);
    expect(again.jobIds.sort()).toEqual([...first.jobIds].sort());
    expect(batches).toHaveLength(2);
    expect(await listDir(dir)).toEqual(['a.txt', 'b.txt']);
    // Forced: new copies next to the old ones.
    const forced = await m.downloadAll(sessionId, dir, { force: true });
    await m.settled(forced.jobIds);
    expect(await listDir(dir)).toEqual(['a (1).txt', 'a.txt', 'b (1).txt', 'b.txt']);
    expect(await readFile(join(dir, 'a (1).txt'), 'utf8')).toBe('A');
    await m.clearFinished();
    expect(m.jobs()).toEqual([]);
  });
});
