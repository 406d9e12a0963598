import { randomUUID } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import type { DownloadBatchSummary, DownloadJobView } from '../../shared/attachments/jobs';
import { isFinishedJobState } from '../../shared/attachments/jobs';
import { AppError } from '../../shared/errors';
import { toSerializedError } from '../api/describe-error';
import { attachmentError } from './attachment-error';
import type { RetryOptions } from './backoff';
import { systemClock } from './clock';
import type { Clock } from './clock';
import { attachmentIsHtml } from './download-answer';
import { downloadFile } from './download-file';
import type { HttpGet } from './http/http-get';
import { removePartFile } from './part-file';
import type { PartFile } from './part-file';
import { candidateName } from './final-name';
import { plannedFileNames } from './planned-names';
import { sanitizeFileName } from './sanitize-file-name';
import { createEmitter } from './typed-emitter';
import type { Unsubscribe } from './typed-emitter';

/**
 * What a download needs from an attachment (the API's SessionAttachment has more). Its `url` is
 * not among them: lists give a web-app link that answers API clients with a sign-in page; the
 * bytes come from the documented route, built from the id and name (`attachmentUrl`).
 */
export interface DownloadableAttachment {
  attachment_id: string;
  name: string;
  /** The declared type (may be null): an HTML attachment may come back as HTML. */
  content_type?: string | null;
}

export interface EnqueueRequest {
  sessionId: string;
  attachment: DownloadableAttachment;
  dir: string;
  /** Verify this hex SHA-256 before the file gets its final name. */
  expectedSha256?: string | null;
  /**
   * Download again even if this attachment is already queued, running or done for `dir`, and save
   * a new copy (`name (1).ext`) even when the folder already holds the same bytes under its name.
   */
  force?: boolean;
  batchId?: string | null;
  /** Number the saved name from this variant (`plannedFileNames`: 1 for the session's second `report.md`). */
  firstVariant?: number;
}

export interface DownloadManagerEvents {
  /** A running job moved (throttled by the engine, about 10 per second per job). */
  progress: DownloadJobView;
  /** Any job changed state (queued, started, retrying, finished, removed). */
  changed: DownloadJobView;
  done: DownloadJobView;
  failed: DownloadJobView;
  /** Every job of a downloadAll batch has finished. */
  batchDone: DownloadBatchSummary;
}

export interface DownloadManagerOptions {
  /**
   * The API origin (`https://api.devin.ai`) of the account that owns the session; the only origin that
   * gets `getAuthHeader()`. A getter follows sign-in changes and, with several accounts (#16), the session.
   */
  apiOrigin: string | ((sessionId: string) => string);
  /** `Bearer cog_…` of the session's account, read per request so a new key applies at once; null when signed out. */
  getAuthHeader: (sessionId: string) => string | null | Promise<string | null>;
  /**
   * The attachment's download route on its account's API origin (`…/attachments/{uuid}/{name}`), asked
   * when a job runs (so it follows the signed-in org); it may throw (no org, an unroutable name).
   */
  attachmentUrl: (attachment: DownloadableAttachment, sessionId: string) => string;
  /** Lists a session's attachments (for downloadAll). */
  listAttachments?: (sessionId: string) => Promise<DownloadableAttachment[]>;
  /** Use this fetch (e.g. Electron's net.fetch, which honours system proxies) instead of the built-in client. */
  fetch?: typeof fetch;
  httpGet?: HttpGet;
  clock?: Clock;
  /** Downloads running at once. Default 3. */
  concurrency?: number;
  retry?: Partial<RetryOptions>;
  stallTimeoutMs?: number;
  random?: () => number;
  newId?: () => string;
}

export interface DownloadManager {
  /** Queues a download; returns its job id (an existing job's id when it is a duplicate, unless `force`). */
  enqueue(req: EnqueueRequest): string;
  /** Stops a queued or running job (its part file is removed), or discards a failed job's part file. */
  cancel(jobId: string): boolean;
  /** Queues a failed or cancelled job again; a kept part file is resumed. */
  retry(jobId: string): boolean;
  jobs(): DownloadJobView[];
  job(jobId: string): DownloadJobView | undefined;
  /** Lists the session's attachments and queues them all as one batch. */
  downloadAll(sessionId: string, dir: string, opts?: { force?: boolean }): Promise<{ batchId: string; jobIds: string[] }>;
  /** Resolves when every given job (default: all) has finished. */
  settled(jobIds?: string[]): Promise<DownloadJobView[]>;
  /** Forgets finished jobs (done, failed, cancelled); failed jobs' part files are removed. */
  clearFinished(): Promise<void>;
  /**
   * Looks again (lstat) at the files of done jobs (of one session, or one job) and marks those the
   * user moved or deleted as `missing` (and a file put back as present); returns the jobs checked.
   */
  checkFiles(which: { sessionId?: string; jobId?: string }): Promise<DownloadJobView[]>;
  on<E extends keyof DownloadManagerEvents>(event: E, listener: (payload: DownloadManagerEvents[E]) => void): Unsubscribe;
  /** Cancels everything (app quit). */
  dispose(): Promise<void>;
}

interface Job {
  view: DownloadJobView;
  attachment: DownloadableAttachment;
  expectedSha256: string | null;
  part: PartFile | null;
  controller: AbortController | null;
  /** Resolves when the current run ends. */
  running: Promise<void> | null;
  /** Asked to download again: a copy is saved even when the folder already has the same bytes. */
  force: boolean;
  /** The saved name's numbering starts here (see `plannedFileNames`). */
  firstVariant: number;
}

export const DEFAULT_CONCURRENCY = 3;

/**
 * The attachment download queue: at most `concurrency` downloads at once, each streamed to disk
 * by `downloadFile` (safe names, no overwrite, resume, retry). Plain Node; the IPC handlers and
 * the CLI drive it, and its events feed the UI and the tray notification.
 */
export function createDownloadManager(opts: DownloadManagerOptions): DownloadManager {
  const clock = opts.clock ?? systemClock;
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  const newId = opts.newId ?? (() => randomUUID());
  const jobs = new Map<string, Job>();
  const pending: string[] = [];
  const active = new Set<string>();
  /** Unreported downloadAll batches: their jobs (a job may be shared with an earlier batch). */
  const batches = new Map<string, { sessionId: string; dir: string; jobIds: string[] }>();
  const emitter = createEmitter<DownloadManagerEvents>();
  // Each job authenticates as the account that owns its session, and only on that account's origin.
  const authScope = (sessionId: string) => ({
    origin: new URL(typeof opts.apiOrigin === 'function' ? opts.apiOrigin(sessionId) : opts.apiOrigin).origin,
    getHeader: () => opts.getAuthHeader(sessionId),
  });

  const snapshot = (job: Job): DownloadJobView => ({ ...job.view });
  const update = (job: Job, patch: Partial<DownloadJobView>, event: 'changed' | 'progress' = 'changed'): void => {
    job.view = { ...job.view, ...patch };
    emitter.emit(event, snapshot(job));
  };

  function pump(): void {
    while (active.size < concurrency && pending.length > 0) {
      const id = pending.shift() as string;
      const job = jobs.get(id);
      if (!job || job.view.state !== 'queued') continue;
      active.add(id);
      job.running = run(job).finally(() => {
        active.delete(id);
        job.running = null;
        pump();
        reportBatchesOf(id);
      });
    }
  }

  async function run(job: Job): Promise<void> {
    const controller = new AbortController();
    job.controller = controller;
    update(job, { state: 'downloading', error: null, rateBps: 0 });
    try {
      const result = await downloadFile({
        url: opts.attachmentUrl(job.attachment, job.view.sessionId),
        expectHtml: attachmentIsHtml(job.attachment),
        dir: job.view.dir,
        name: job.attachment.name,
        firstVariant: job.firstVariant,
        fetch: opts.fetch,
        httpGet: opts.httpGet,
        auth: authScope(job.view.sessionId),
        signal: controller.signal,
        expectedSha256: job.expectedSha256,
        skipSameFile: !job.force,
        retry: opts.retry,
        stallTimeoutMs: opts.stallTimeoutMs,
        part: job.part,
        clock,
        random: opts.random,
        onPart: (part) => {
          job.part = part;
        },
        onProgress: (p) => {
          const patch = { bytes: p.bytes, total: p.total, rateBps: p.rateBps, resumable: p.bytes > 0 };
          if (job.view.state === 'retrying') update(job, { ...patch, state: 'downloading' });
          else update(job, patch, 'progress');
        },
        onRetry: (n) => update(job, { state: 'retrying', attempts: job.view.attempts + 1, error: toSerializedError(n.error), rateBps: 0 }),
      });
      job.part = null;
      update(job, {
        state: 'done',
        path: result.path,
        alreadySaved: result.alreadySaved,
        missing: false,
        bytes: result.bytes,
        total: result.bytes,
        rateBps: 0,
        attempts: job.view.attempts + 1,
        error: null,
        resumable: false,
        finishedAt: clock.now(),
      });
      emitter.emit('done', snapshot(job));
    } catch (err) {
      const cancelled = controller.signal.aborted || (err instanceof AppError && err.code === 'CANCELLED');
      if (cancelled) {
        // downloadFile removed the part file: nothing is kept.
        job.part = null;
        update(job, { state: 'cancelled', bytes: 0, rateBps: 0, resumable: false, error: null, finishedAt: clock.now() });
        return;
      }
      const kept = err instanceof AppError && typeof err.details?.partPath === 'string';
      if (!kept) job.part = null;
      update(job, {
        // Nothing kept (e.g. a checksum mismatch discards the file): no bytes to show.
        ...(kept ? {} : { bytes: 0 }),
        state: 'failed',
        rateBps: 0,
        attempts: job.view.attempts + 1,
        error: toSerializedError(err),
        resumable: kept,
        finishedAt: clock.now(),
      });
      emitter.emit('failed', snapshot(job));
    } finally {
      job.controller = null;
    }
  }

  function reportBatchesOf(jobId: string): void {
    for (const [batchId, batch] of batches) if (batch.jobIds.includes(jobId)) maybeReportBatch(batchId);
  }

  function maybeReportBatch(batchId: string): void {
    const batch = batches.get(batchId);
    if (!batch) return;
    const members = batch.jobIds.flatMap((id) => {
      const job = jobs.get(id);
      return job ? [job.view] : [];
    });
    if (!members.every((v) => isFinishedJobState(v.state))) return;
    batches.delete(batchId);
    const count = (state: DownloadJobView['state']) => members.filter((v) => v.state === state).length;
    emitter.emit('batchDone', {
      batchId,
      sessionId: batch.sessionId,
      dir: batch.dir,
      done: count('done'),
      failed: count('failed'),
      cancelled: count('cancelled'),
      paths: members.flatMap((v) => (v.path ? [v.path] : [])),
    });
  }

  function findDuplicate(req: EnqueueRequest): Job | undefined {
    for (const job of jobs.values()) {
      const v = job.view;
      if (v.sessionId === req.sessionId && v.attachmentId === req.attachment.attachment_id && v.dir === req.dir) {
        // A done job whose file is known to be gone is no reason not to download it.
        if (v.state !== 'failed' && v.state !== 'cancelled' && !(v.state === 'done' && v.missing)) return job;
      }
    }
    return undefined;
  }

  function mustGet(jobId: string): Job {
    const job = jobs.get(jobId);
    if (!job) throw attachmentError('ATTACHMENT_JOB_NOT_FOUND');
    return job;
  }

  const manager: DownloadManager = {
    enqueue(req) {
      if (!req.force) {
        const dup = findDuplicate(req);
        if (dup) return dup.view.jobId;
      }
      const jobId = newId();
      const job: Job = {
        attachment: { attachment_id: req.attachment.attachment_id, name: req.attachment.name, content_type: req.attachment.content_type ?? null },
        expectedSha256: req.expectedSha256 ?? null,
        part: null,
        controller: null,
        running: null,
        force: req.force ?? false,
        firstVariant: req.firstVariant ?? 0,
        view: {
          jobId,
          sessionId: req.sessionId,
          attachmentId: req.attachment.attachment_id,
          name: req.attachment.name,
          fileName: candidateName(sanitizeFileName(req.attachment.name), req.firstVariant ?? 0),
          dir: req.dir,
          path: null,
          state: 'queued',
          bytes: 0,
          total: null,
          rateBps: 0,
          attempts: 0,
          error: null,
          resumable: false,
          alreadySaved: false,
          missing: false,
          batchId: req.batchId ?? null,
          createdAt: clock.now(),
          finishedAt: null,
        },
      };
      jobs.set(jobId, job);
      pending.push(jobId);
      emitter.emit('changed', snapshot(job));
      pump();
      return jobId;
    },

    cancel(jobId) {
      const job = mustGet(jobId);
      const state = job.view.state;
      if (state === 'queued') {
        const i = pending.indexOf(jobId);
        if (i >= 0) pending.splice(i, 1);
        update(job, { state: 'cancelled', bytes: 0, resumable: false, finishedAt: clock.now() });
        if (job.part) void removePartFile(job.part);
        job.part = null;
        reportBatchesOf(jobId);
        return true;
      }
      if (state === 'downloading' || state === 'retrying') {
        job.controller?.abort();
        return true;
      }
      if (state === 'failed' && job.part) {
        const part = job.part;
        job.part = null;
        void removePartFile(part);
        update(job, { state: 'cancelled', bytes: 0, resumable: false });
        return true;
      }
      return false;
    },

    retry(jobId) {
      const job = mustGet(jobId);
      if (job.view.state !== 'failed' && job.view.state !== 'cancelled') return false;
      update(job, { state: 'queued', error: null, finishedAt: null, rateBps: 0 });
      pending.push(jobId);
      pump();
      return true;
    },

    jobs: () => [...jobs.values()].map(snapshot),
    job: (jobId) => {
      const job = jobs.get(jobId);
      return job ? snapshot(job) : undefined;
    },

    async downloadAll(sessionId, dir, o = {}) {
      if (!opts.listAttachments) throw new AppError('INTERNAL', 'downloadAll needs listAttachments');
      const attachments = await opts.listAttachments(sessionId);
      const batchId = newId();
      const planned = plannedFileNames(attachments.map((a) => a.name));
      const jobIds = [
        ...new Set(attachments.map((attachment, i) => manager.enqueue({ sessionId, attachment, dir, batchId, force: o.force ?? false, firstVariant: planned[i]?.variant ?? 0 }))),
      ];
      if (jobIds.length > 0) {
        batches.set(batchId, { sessionId, dir, jobIds });
        // All duplicates of finished jobs: complete at once.
        maybeReportBatch(batchId);
      }
      return { batchId, jobIds };
    },

    async settled(jobIds) {
      const ids = jobIds ?? [...jobs.keys()];
      // A finished job may be retried by someone meanwhile: loop until all are finished at once.
      for (let round = 0; round < 1000; round += 1) {
        const running = ids.map((id) => jobs.get(id)?.running).filter((p): p is Promise<void> => p !== null && p !== undefined);
        const waiting = ids.some((id) => jobs.get(id)?.view.state === 'queued');
        if (running.length === 0 && !waiting) break;
        if (running.length > 0) await Promise.all(running);
        else await new Promise((r) => setImmediate(r));
      }
      return ids.flatMap((id) => {
        const job = jobs.get(id);
        return job ? [snapshot(job)] : [];
      });
    },

    async clearFinished() {
      for (const [id, job] of jobs) {
        if (!isFinishedJobState(job.view.state)) continue;
        if (job.part) await removePartFile(job.part);
        jobs.delete(id);
      }
    },

    async checkFiles(which) {
      const checked = [...jobs.values()].filter(
        (job) =>
          job.view.state === 'done' &&
          job.view.path !== null &&
          (which.sessionId === undefined || job.view.sessionId === which.sessionId) &&
          (which.jobId === undefined || job.view.jobId === which.jobId),
      );
      for (const job of checked) {
        const missing = !(await isFileAt(job.view.path as string));
        // The job may have been downloaded again meanwhile: only a done job's flag is ours to set.
        if (job.view.state === 'done' && job.view.missing !== missing) update(job, { missing });
      }
      return checked.map(snapshot);
    },

    on: (event, listener) => emitter.on(event, listener),

    async dispose() {
      pending.length = 0;
      for (const job of jobs.values()) {
        if (job.view.state === 'queued') update(job, { state: 'cancelled', finishedAt: clock.now() });
        job.controller?.abort();
      }
      await Promise.all([...jobs.values()].map((j) => j.running).filter(Boolean));
    },
  };

  return manager;
}

/** True when `path` is still there (a link counts: it is what the user left). Only "not there" answers false. */
async function isFileAt(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    // ENOTDIR: a folder on the way was replaced by a file; the saved file is gone either way.
    return !(code === 'ENOENT' || code === 'ENOTDIR');
  }
}
