import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { describeConnectionFailure } from '../../shared/network-text';
import { classifyConnectionError } from '../network/connection-stage';
import { hostOfError, routeOfError } from '../network/error-route';
import { attachmentError, cancelledError, isTransient } from './attachment-error';
import { DEFAULT_RETRY_OPTIONS, parseRetryAfter, retryDelayMs } from './backoff';
import type { RetryOptions } from './backoff';
import { systemClock } from './clock';
import type { Clock } from './clock';
import { describeFsError, errorCode, resolveDownloadDir } from './confine-path';
import { attachmentIsHtml } from './download-answer';
import { fetchFollowingRedirects } from './fetch-with-redirects';
import type { AuthScope } from './fetch-with-redirects';
import { publishPartFile } from './final-name';
import { decideResume, ifRangeValidator } from './http-range';
import { fetchHttpGet } from './http/http-get';
import type { HttpBody, HttpGet, HttpResponse } from './http/http-get';
import { rawHttpGet } from './http/raw-get';
import { openPartFile, partSize, preparePartFile, removePartFile } from './part-file';
import type { PartFile } from './part-file';
import { createRateMeter } from './rate-meter';
import { sanitizeFileName } from './sanitize-file-name';
import { createPartWriter } from './part-writer';
import { formatBytes } from '../../shared/attachments/format-bytes';
import { decideRoom, processSpaceLedger, readDiskSpace, reserveFor, SPACE_CHECK_EVERY_BYTES } from './free-space';
import type { ReadDiskSpace, SpaceLedger } from './free-space';
import { unrequestedEncoding } from './http/content-encoding';
import { markDownloadedFile } from './quarantine';
import { findSameSavedFile } from './same-file';
import type { DownloadOrigin } from './quarantine';

/** Progress of one download. `bytes` counts what is on disk, including a resumed prefix. */
export interface DownloadProgress {
  bytes: number;
  /** Full size when the server told us (Content-Length / Content-Range), else null. */
  total: number | null;
  /** Smoothed bytes per second of the current attempt. */
  rateBps: number;
}

export interface RetryNotice {
  /** The attempt that failed (1-based). */
  attempt: number;
  delayMs: number;
  error: AppError;
}

export interface DownloadFileOptions {
  /**
   * Where each attempt starts: the API's download route (it answers 307 to a short-lived
   * presigned URL, so every retry and Range resume asks it again instead of reusing an expired one).
   */
  url: string;
  /** The folder to save into (created if missing). */
  dir: string;
  /** The remote name; it is sanitised here too, so raw names are safe to pass. */
  name: string;
  /** Use this fetch (e.g. Electron's net.fetch, for system proxies) instead of the built-in client. */
  fetch?: typeof fetch;
  /** Lower-level override of how GETs are made (tests); wins over `fetch`. */
  httpGet?: HttpGet;
  /** Credentials for the API origin only; never sent elsewhere (see fetch-with-redirects.ts). */
  auth?: AuthScope;
  /** The attachment is a web page itself (default: judged by its name): HTML answers are then its content. */
  expectHtml?: boolean;
  signal?: AbortSignal;
  /** Hex SHA-256 to verify before the file gets its final name. */
  expectedSha256?: string | null;
  retry?: Partial<RetryOptions>;
  /** An attempt that receives nothing for this long is aborted and retried. */
  stallTimeoutMs?: number;
  /** Minimum spacing of progress callbacks (the last one always comes). */
  progressIntervalMs?: number;
  /** Read buffer size of the built-in client; bounds memory per download. */
  readBufferSize?: number;
  maxRedirects?: number;
  /** A part file left by an earlier run of this job: resumed when it is still ours. */
  part?: PartFile | null;
  onPart?: (part: PartFile) => void;
  onProgress?: (p: DownloadProgress) => void;
  onRetry?: (n: RetryNotice) => void;
  clock?: Clock;
  random?: () => number;
  userAgent?: string;
  /** Largest file saved (default DEFAULT_MAX_DOWNLOAD_BYTES): a bigger announced size is refused, a longer body cut. */
  maxBytes?: number;
  /** Free-space checks; tests inject a small or lying disk. */
  space?: SpaceOptions;
  /**
   * Marks the verified file as downloaded from the internet before it gets its final name (default:
   * the OS's own mark, see quarantine.ts); null for none. Never fails the download.
   */
  markDownloaded?: ((path: string, origin: DownloadOrigin) => Promise<unknown>) | null;
  /** The page the attachment belongs to, recorded in the OS mark where it has a place for it. */
  referrerUrl?: string | null;
  /**
   * When a file this download would be saved as (`name`, `name (1)` …) already holds the very
   * same bytes, keep that file and save no copy (default false; "download again" leaves it off).
   */
  skipSameFile?: boolean;
  /** Number the saved name from this variant (1: `name (1).ext`): the session's second file of that name. */
  firstVariant?: number;
}

export interface SpaceOptions {
  read?: ReadDiskSpace;
  /** Bytes left free on the disk (default: 1% of it, at most 256 MiB). */
  reserveBytes?: number;
  /** Free space is checked again after this many bytes (default 8 MiB). */
  checkEveryBytes?: number;
  ledger?: SpaceLedger;
}

export interface DownloadResult {
  /** Absolute final path (a numbered variant when the name was taken). */
  path: string;
  bytes: number;
  /** Hex SHA-256 when one was expected (and verified), else null. */
  sha256: string | null;
  attempts: number;
  /** True when some attempt continued a part file with Range. */
  resumed: boolean;
  /** True when `path` was already there with the same bytes (`skipSameFile`): nothing new was saved. */
  alreadySaved: boolean;
}

export const DEFAULT_STALL_TIMEOUT_MS = 30_000;

/** No attachment is saved past this size (Devin's own upload limit is far lower), whatever the server says. */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 8 * 1024 * 1024 * 1024;

// Failures after which the part file is deleted rather than kept for a resume: the disk needs its
// space back, or the bytes cannot be trusted (nothing partial stays visible).
const DISCARD_PART = new Set(['ATTACHMENT_CHECKSUM', 'ATTACHMENT_NO_SPACE', 'ATTACHMENT_DISK_FULL', 'ATTACHMENT_OVER_LIMIT', 'ATTACHMENT_LONGER_THAN_ANNOUNCED', 'ATTACHMENT_ENCODED']);

// A write that failed because the disk (or the user's quota) is full.
const DISK_FULL_ERRORS = new Set(['ENOSPC', 'EDQUOT']);

// Errors from writing the part file; everything else during a transfer is the network's fault.
const DISK_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EFBIG', 'EISDIR', 'ENAMETOOLONG', 'EMFILE', 'ENFILE', 'EBADF']);

/** What survives between attempts of one download. */
interface TransferState {
  total: number | null;
  validator: string | null;
  hash: Hash | null;
  hashedBytes: number;
  checksumFailures: number;
  resumed: boolean;
  /** Set after a checksum mismatch: the next attempt starts from byte 0. */
  restartFromZero: boolean;
}

/**
 * Streams `url` into `<dir>/<name>.part`, then links it to the first free final name once its
 * length (and checksum, when known) proved it complete.
 * Retries transient failures with backoff and resumes with `Range` when the server allows it;
 * a short or cut body is never published. Memory stays at a few chunks whatever the size.
 * On cancel the part file is removed (it is ours; nothing the user had is touched); on failure it
 * is kept (see `onPart`) so a retry can resume.
 */
export async function downloadFile(opts: DownloadFileOptions): Promise<DownloadResult> {
  const clock = opts.clock ?? systemClock;
  const retry = { ...DEFAULT_RETRY_OPTIONS, ...opts.retry };
  const random = opts.random ?? Math.random;
  const signal = opts.signal ?? new AbortController().signal;
  const name = sanitizeFileName(opts.name);
  if (signal.aborted) throw cancelledError();
  const dir = await resolveDownloadDir(opts.dir, { create: true });
  const get = opts.httpGet ?? (opts.fetch ? fetchHttpGet(opts.fetch) : rawHttpGet({ bufferSize: opts.readBufferSize }));
  const part = await preparePartFile(dir, name, opts.part ?? undefined);
  opts.onPart?.(part);
  const space = createSpaceGuard(opts.space ?? {}, { dir, name, device: part.dev });

  const state: TransferState = { total: null, validator: null, hash: null, hashedBytes: 0, checksumFailures: 0, resumed: false, restartFromZero: false };
  let attempts = 0;
  let failuresInRow = 0;
  try {
    for (;;) {
      attempts += 1;
      const before = await partSize(part);
      try {
        const bytes = await transferOnce(opts, { dir, name, part, state, signal, clock, get, space });
        const sha256 = finishChecksum(opts, state, name);
        if (sha256 === false) continue;
        space.release();
        if (opts.skipSameFile) {
          const existing = await findSameSavedFile(dir, name, { partPath: part.path, size: bytes, sha256, firstVariant: opts.firstVariant ?? 0 });
          if (existing !== null) {
            await removePartFile(part);
            return { path: existing, bytes, sha256, attempts, resumed: state.resumed, alreadySaved: true };
          }
        }
        // Marked while still a .part, so the final name never appears without the mark.
        if (opts.markDownloaded !== null) {
          const origin = { url: opts.url, referrerUrl: opts.referrerUrl ?? null };
          await (opts.markDownloaded ?? markDownloadedFile)(part.path, origin).catch(() => undefined);
        }
        const path = await publishPartFile(part.path, dir, name, opts.firstVariant ?? 0);
        return { path, bytes, sha256, attempts, resumed: state.resumed, alreadySaved: false };
      } catch (err) {
        if (signal.aborted) throw cancelledError();
        const error = toAttachmentError(err, name, dir, opts.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS);
        failuresInRow = (await partSize(part)) > before ? 1 : failuresInRow + 1;
        if (DISCARD_PART.has(error.code)) {
          await removePartFile(part);
          throw error;
        }
        if (!isTransient(error) || failuresInRow >= retry.maxAttempts || attempts >= retry.maxTotalAttempts) {
          // An empty part has nothing to resume: leave no trace.
          if ((await partSize(part)) === 0) {
            await removePartFile(part);
            throw error;
          }
          throw withPart(error, part);
        }
        const retryAfter = typeof error.details?.retryAfterMs === 'number' ? error.details.retryAfterMs : null;
        const delayMs = retryDelayMs(failuresInRow, retry, random, retryAfter);
        opts.onRetry?.({ attempt: attempts, delayMs, error });
        await clock.sleep(delayMs, signal);
      }
    }
  } catch (err) {
    if (signal.aborted) {
      await removePartFile(part);
      throw cancelledError();
    }
    throw err;
  } finally {
    space.release();
  }

  /** The verified hex digest, null when none was expected, false to retry from scratch. */
  function finishChecksum(o: DownloadFileOptions, s: TransferState, n: string): string | null | false {
    if (!o.expectedSha256) return null;
    const digest = s.hash?.digest('hex') ?? '';
    s.hash = null;
    s.hashedBytes = 0;
    if (digest === o.expectedSha256.toLowerCase()) return digest;
    s.checksumFailures += 1;
    // A mismatch after a resume may be a file that changed on the server: start over once.
    if (s.checksumFailures === 1 && s.resumed) {
      s.resumed = false;
      s.total = null;
      s.validator = null;
      s.restartFromZero = true;
      return false;
    }
    throw attachmentError('ATTACHMENT_CHECKSUM', { name: n }, { expected: o.expectedSha256, actual: digest, discarded: true });
  }
}

interface AttemptContext {
  dir: string;
  name: string;
  part: PartFile;
  state: TransferState;
  signal: AbortSignal;
  clock: Clock;
  get: HttpGet;
  space: SpaceGuard;
}

/**
 * One HTTP attempt: request the missing bytes, append them, check the length. Returns the file size.
 * No fsync: like browsers and curl, the bytes go to the OS cache and the OS writes them out. Waiting
 * for the disk made a 1 GiB download 2–3× slower than `curl -o` here (the disk, not the network,
 * was the limit). The cost: a power cut in the seconds before the OS has written the file can
 * leave it short, as with any browser (see docs/design-changes.md).
 */
async function transferOnce(opts: DownloadFileOptions, ctx: AttemptContext): Promise<number> {
  const { part, state, name } = ctx;
  const handle = await openPartFile(part);
  try {
    if (state.restartFromZero) {
      state.restartFromZero = false;
      await handle.truncate(0);
    }
    let offset = (await handle.stat()).size;
    const stallMs = opts.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS;
    const attempt = new AbortController();
    const stall = setTimeout(() => attempt.abort(new StallError()), stallMs);
    const signal = AbortSignal.any([ctx.signal, attempt.signal]);
    try {
      const headers: Record<string, string> = {
        Accept: '*/*',
        // Decoded bytes would not match Content-Length, and compressed bodies cannot be resumed.
        'Accept-Encoding': 'identity',
        'User-Agent': opts.userAgent ?? 'devin-tray',
      };
      if (offset > 0) {
        headers.Range = `bytes=${offset}-`;
        if (state.validator) headers['If-Range'] = state.validator;
      }
      const { response } = await fetchFollowingRedirects(opts.url, {
        get: ctx.get,
        headers,
        signal,
        auth: opts.auth,
        maxRedirects: opts.maxRedirects,
        name,
        expectHtml: opts.expectHtml ?? attachmentIsHtml({ name: opts.name }),
      });
      stall.refresh();
      if (response.status !== 200 && response.status !== 206 && response.status !== 416) {
        await response.body.cancel();
        throw httpError(response, name, ctx.clock.now());
      }
      const encoding = unrequestedEncoding(response.headers.get('content-encoding'));
      if (encoding !== null) {
        await response.body.cancel();
        throw attachmentError('ATTACHMENT_ENCODED', { name, encoding });
      }
      const decision = decideResume(response.status, offset, {
        contentLength: response.headers.get('content-length'),
        contentRange: response.headers.get('content-range'),
        contentEncoding: response.headers.get('content-encoding'),
      });
      if (decision.kind === 'invalid') {
        await response.body.cancel();
        // Whatever the server meant, the next attempt asks for the whole file again.
        await handle.truncate(0);
        state.validator = null;
        throw attachmentError('ATTACHMENT_NETWORK', { name, detail: decision.reason }, { retryable: true });
      }
      if (decision.kind === 'restart' && offset > 0) {
        await handle.truncate(0);
        offset = 0;
      }
      if (decision.kind === 'append' && offset > 0) state.resumed = true;
      state.total = decision.total;
      const maxBytes = opts.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
      if (state.total !== null && state.total > maxBytes) {
        await response.body.cancel();
        throw attachmentError('ATTACHMENT_OVER_LIMIT', { name, limit: formatBytes(maxBytes) }, { announced: state.total, maxBytes });
      }
      if (decision.kind !== 'complete') {
        try {
          await ctx.space.ensureRoom(state.total === null ? null : state.total - offset);
        } catch (err) {
          await response.body.cancel();
          throw err;
        }
      }
      if (response.status === 200) {
        state.validator = ifRangeValidator(response.headers.get('etag'), response.headers.get('last-modified'));
      }
      if (opts.expectedSha256) await prepareHash(state, part.path, offset);

      let received = 0;
      if (decision.kind === 'complete') {
        await response.body.cancel();
      } else {
        received = await writeBody(response.body, handle, offset, {
          opts,
          state,
          signal,
          cancelled: ctx.signal,
          device: part.dev,
          space: ctx.space,
          maxBytes,
          name,
          onChunk: () => stall.refresh(),
          now: () => ctx.clock.now(),
        });
      }
      const size = offset + received;
      if (state.total !== null && size !== state.total) {
        throw attachmentError('ATTACHMENT_INCOMPLETE', { name, received: size, expected: state.total });
      }
      return size;
    } catch (err) {
      if (attempt.signal.aborted && !ctx.signal.aborted) throw new StallError();
      throw err;
    } finally {
      clearTimeout(stall);
    }
  } finally {
    await handle.close();
  }
}

interface WriteContext {
  opts: DownloadFileOptions;
  state: TransferState;
  /** This attempt's signal: the user's cancel or a stall. */
  signal: AbortSignal;
  /** The user's cancel only. */
  cancelled: AbortSignal;
  /** The part file's device (a slow disk is remembered per device). */
  device: number;
  space: SpaceGuard;
  maxBytes: number;
  /** The sanitised file name, for messages. */
  name: string;
  onChunk: () => void;
  now: () => number;
}

/** Streams the body into the part file at `offset`, hashing and reporting progress on the way. Returns bytes written. */
async function writeBody(body: HttpBody, handle: FileHandle, offset: number, w: WriteContext): Promise<number> {
  const { opts, state } = w;
  const interval = opts.progressIntervalMs ?? 100;
  const meter = createRateMeter(w.now);
  let received = 0;
  let lastEmit = -Infinity;
  const emit = (force: boolean): void => {
    const t = w.now();
    if (!opts.onProgress || (!force && t - lastEmit < interval)) return;
    lastEmit = t;
    opts.onProgress({ bytes: offset + received, total: state.total, rateBps: Math.round(meter.sample(received)) });
  };
  emit(true);
  const writer = createPartWriter(handle, { device: w.device });
  const checkEvery = opts.space?.checkEveryBytes ?? SPACE_CHECK_EVERY_BYTES;
  let sinceSpaceCheck = 0;
  // The chunk is only valid until this callback settles (the client reuses its buffer), so
  // everything that reads it (hash, write) happens before returning.
  try {
    await body.pump(async (chunk) => {
      if (w.signal.aborted) throw w.signal.reason;
      const end = offset + received + chunk.length;
      // Whatever the client: a body longer than announced, or than any attachment may be, stops here.
      if (state.total !== null && end > state.total) {
        throw attachmentError('ATTACHMENT_LONGER_THAN_ANNOUNCED', { name: w.name, expected: state.total }, { received: end });
      }
      if (end > w.maxBytes) throw attachmentError('ATTACHMENT_OVER_LIMIT', { name: w.name, limit: formatBytes(w.maxBytes) }, { received: end, maxBytes: w.maxBytes });
      if (sinceSpaceCheck >= checkEvery) {
        sinceSpaceCheck = 0;
        await w.space.ensureRoom(state.total === null ? null : state.total - offset - received);
      }
      sinceSpaceCheck += chunk.length;
      await writer.write(chunk, offset + received);
      if (state.hash) {
        state.hash.update(chunk);
        state.hashedBytes += chunk.length;
      }
      received += chunk.length;
      w.onChunk();
      emit(false);
    });
  } finally {
    // Also when the body was cut or stalled: the bytes kept for a resume are what a retrying row shows.
    if (!w.cancelled.aborted) emit(true);
  }
  return received;
}

/** Makes `state.hash` cover exactly the first `offset` bytes of the part file (re-reading them after a resume). */
async function prepareHash(state: TransferState, path: string, offset: number): Promise<void> {
  if (state.hash && state.hashedBytes === offset) return;
  const hash = createHash('sha256');
  if (offset > 0) {
    await pipeline(createReadStream(path, { start: 0, end: offset - 1 }), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) hash.update(chunk);
    });
  }
  state.hash = hash;
  state.hashedBytes = offset;
}

/** An HTTP status the download cannot use, as a stable error. */
function httpError(response: HttpResponse, name: string, nowMs: number): AppError {
  const status = response.status;
  if (status === 401 || status === 403) return attachmentError('ATTACHMENT_LINK_EXPIRED', { name, status }, { status });
  if (status === 404 || status === 410) return attachmentError('ATTACHMENT_GONE', { name }, { status });
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), nowMs);
  return attachmentError('ATTACHMENT_HTTP', { name, status }, retryAfterMs === null ? { status } : { status, retryAfterMs });
}

class StallError extends Error {
  constructor() {
    super('stalled');
    this.name = 'StallError';
  }
}

/** Any failure of an attempt as a stable AppError. */
function toAttachmentError(err: unknown, name: string, dir: string, stallMs: number): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof StallError) return attachmentError('ATTACHMENT_STALLED', { name, seconds: Math.round(stallMs / 1000) });
  const code = errorCode(err);
  if (code !== undefined && DISK_FULL_ERRORS.has(code)) return attachmentError('ATTACHMENT_DISK_FULL', { name, dir }, { cause: code });
  if (code !== undefined && DISK_ERRORS.has(code)) {
    return attachmentError('ATTACHMENT_DISK', { name, dir, detail: describeFsError(err) }, { cause: code });
  }
  // A refused certificate, a proxy that refuses or wants credentials: retrying cannot help, and the message says what to fix.
  const route = routeOfError(err);
  const connection = classifyConnectionError(err, route);
  if (connection.stage === 'tls' || connection.stage === 'proxyAuth' || (connection.stage === 'proxy' && connection.status !== undefined)) {
    const host = hostOfError(err) ?? '';
    return attachmentError(
      'ATTACHMENT_CONNECTION',
      { name, detail: describeConnectionFailure(connection, host, route?.kind === 'proxy' ? route.display : null, (k, p) => translate('en', k, p)) },
      { connection, host, ...(route?.kind === 'proxy' ? { proxy: route.display } : {}) },
    );
  }
  // The storage host's name did not resolve: "interrupted" would send the user looking at the transfer, not at DNS.
  // Retried like any network failure (a resolver may be back a moment later).
  if (connection.stage === 'dns') {
    const host = connection.host ?? hostOfError(err) ?? '?';
    return attachmentError('ATTACHMENT_HOST_NOT_FOUND', { name, host, code: connection.code ?? networkDetail(err) }, { retryable: true, host });
  }
  return attachmentError('ATTACHMENT_NETWORK', { name, detail: networkDetail(err) });
}

/** A short reason for a network failure (undici hides the useful part in `cause`). */
function networkDetail(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return err instanceof Error ? err.message : String(err);
}

/** Attaches the part file's path so callers can offer a resume. */
function withPart(error: AppError, part: PartFile): AppError {
  return new AppError(error.code, error.message, { ...error.details, partPath: part.path }, error.params);
}

/** Free-space checks of one download, and its entry in the ledger of what running downloads still have to write. */
interface SpaceGuard {
  /** Throws ATTACHMENT_NO_SPACE unless `pending` more bytes (null: unknown) fit above the reserve. */
  ensureRoom(pending: number | null): Promise<void>;
  release(): void;
}

function createSpaceGuard(o: SpaceOptions, at: { dir: string; name: string; device: number }): SpaceGuard {
  const read = o.read ?? readDiskSpace;
  const ledger = o.ledger ?? processSpaceLedger;
  const token = Symbol(at.name);
  return {
    async ensureRoom(pending) {
      let disk;
      try {
        disk = await read(at.dir);
      } catch {
        // No statfs answer (an exotic file system): the writes themselves will say when the disk is full.
        return;
      }
      const reserve = o.reserveBytes ?? reserveFor(disk.size);
      const room = decideRoom(disk, pending, ledger.othersPending(at.device, token), reserve);
      if (!room.ok) {
        ledger.release(at.device, token);
        const details = { neededBytes: pending, usableBytes: room.usable, availableBytes: disk.available, reserveBytes: reserve };
        // Size unknown: all we can say is that the disk is full (down to its reserve).
        if (pending === null) throw attachmentError('ATTACHMENT_DISK_FULL', { name: at.name, dir: at.dir }, details);
        throw attachmentError('ATTACHMENT_NO_SPACE', { name: at.name, dir: at.dir, needed: formatBytes(room.needed), free: formatBytes(room.usable) }, details);
      }
      ledger.set(at.device, token, pending);
    },
    release() {
      ledger.release(at.device, token);
    },
  };
}
