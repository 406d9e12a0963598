import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { downloadFile } from './download-file';
import type { DownloadFileOptions, DownloadProgress } from './download-file';
import type { HttpGet } from './http/http-get';
import { rawHttpGet } from './http/raw-get';
import { fileSha, listDir, sha256Hex, startAttachmentsHarness, storagePathOf } from './test-harness';
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
  h.sim.control.clearRequests();
  h.sim.control.clearSecondOriginRequests();
});

const fast = { retry: { baseDelayMs: 5, maxDelayMs: 20 } } satisfies Partial<DownloadFileOptions>;

function seeded(name: string, size: number, extra: { seed?: number } = {}) {
  return h.sim.control.addSessionAttachment(h.sessionId, { name, size, pattern: 'seeded', ...extra });
}
const pathOf = (url: string) => new URL(url).pathname;
/** How the app downloads: from the documented route, with the key for the API origin only. */
const viaRoute = (a: { download_url: string; name: string }) => ({ url: a.download_url, name: a.name, auth: h.auth });
/** Requests that reached the API's download route of `a`. */
const routeHits = (a: { download_url: string }) => h.sim.control.getRequests().filter((q) => q.path === pathOf(a.download_url));
/** Requests that reached the storage origin for `a`. */
const storageHits = (a: { attachment_id: string }) => h.sim.control.getSecondOriginRequests().filter((q) => q.path === storagePathOf(a));

/**
 * Polls the final path while a download runs and records every size seen there, to prove the
 * final name never shows a partial file.
 */
function watchFinal(path: string): { stop: () => Promise<number[]> } {
  const sizes: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        sizes.push((await stat(path)).size);
      } catch {
        // Not there yet.
      }
      await new Promise((r) => setImmediate(r));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return sizes;
    },
  };
}

async function expectError(p: Promise<unknown>, code: string): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}

describe('downloadFile against devin-sim (the route, a 307, presigned storage)', () => {
  it('streams to a .part, verifies sha256, publishes the final name and reports progress', async () => {
    const a = seeded('data.bin', 3 * 1024 * 1024 + 5);
    const dir = await h.tempDir();
    const progress: DownloadProgress[] = [];
    const r = await downloadFile({ ...viaRoute(a), dir, expectedSha256: a.sha256, onProgress: (p) => progress.push(p), progressIntervalMs: 0 });
    expect(r.path).toBe(join(dir, 'data.bin'));
    expect(r.bytes).toBe(a.size);
    expect(r.sha256).toBe(a.sha256);
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(await listDir(dir)).toEqual(['data.bin']);
    expect(progress.at(-1)).toMatchObject({ bytes: a.size, total: a.size });
    expect(progress.every((p, i) => i === 0 || p.bytes >= (progress[i - 1] as DownloadProgress).bytes)).toBe(true);
  });

  it('sends the key to the route only and follows its 307 to storage with no credentials', async () => {
    const a = seeded('moved.bin', 100_000);
    const dir = await h.tempDir();
    const r = await downloadFile({ ...viaRoute(a), dir });
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(routeHits(a).map((q) => [q.status, q.hadAuth])).toEqual([[307, true]]);
    const second = storageHits(a);
    expect(second).toHaveLength(1);
    expect(second[0]?.hadAuth).toBe(false);
    expect(second[0]?.headers.authorization).toBeUndefined();
  });

  it('resumes a truncated body with Range + If-Range, asking the route again, and never shows a partial file under the final name', async () => {
    const a = seeded('cut.bin', 4 * 1024 * 1024, { seed: 7 });
    h.sim.control.addFault({ path: storagePathOf(a), kind: 'truncate', truncateAfter: 1_500_000, origin: 'second' });
    const dir = await h.tempDir();
    const watch = watchFinal(join(dir, 'cut.bin'));
    const r = await downloadFile({ ...fast, ...viaRoute(a), dir, expectedSha256: a.sha256 });
    const sizes = await watch.stop();
    expect(sizes.every((s) => s === a.size)).toBe(true);
    expect(r.resumed).toBe(true);
    expect(r.attempts).toBe(2);
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(routeHits(a).map((q) => q.status)).toEqual([307, 307]);
    const gets = storageHits(a);
    expect(gets).toHaveLength(2);
    expect(gets[0]?.headers.range).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(gets[1]?.headers.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(1_500_000);
    expect(gets[1]?.headers['if-range']).toBe(`"${a.attachment_id}"`);
  });

  it('resumes after the presigned URL expired: the route is asked again for a fresh one', async () => {
    const a = seeded('slow.bin', 2_000_000, { seed: 5 });
    h.sim.control.addFault({ path: storagePathOf(a), kind: 'truncate', truncateAfter: 700_000, origin: 'second' });
    const dir = await h.tempDir();
    const firstLocation = await fetch(a.download_url, { headers: { authorization: h.authHeader }, redirect: 'manual' }).then((res) => res.headers.get('location') ?? '');
    h.sim.control.clearRequests();
    // The cut attempt's URL is dead by the time the retry runs: 61 s pass on the sim clock.
    const r = await downloadFile({ ...fast, ...viaRoute(a), dir, expectedSha256: a.sha256, onRetry: () => void h.sim.control.advanceClock(61_000) });
    expect(r).toMatchObject({ resumed: true, attempts: 2 });
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(routeHits(a).map((q) => q.status)).toEqual([307, 307]);
    // Neither the first 307's URL nor the one of the cut attempt works any more...
    expect((await fetch(firstLocation)).status).toBe(403);
    const [cut, resumed] = storageHits(a);
    expect(cut?.headers.range).toBeUndefined();
    expect(resumed?.headers.range).toMatch(/^bytes=\d+-$/);
  });

  it('retries through the route when storage says the presigned URL expired before it was used', async () => {
    const a = seeded('late.bin', 300_000, { seed: 9 });
    const dir = await h.tempDir();
    let delayed = false;
    // The first storage request arrives after the URL's 60 s: storage answers 403 "Request has expired".
    const slowFirstHop: HttpGet = async (url, init) => {
      if (url.origin === h.sim.secondOrigin && !delayed) {
        delayed = true;
        h.sim.control.advanceClock(61_000);
      }
      return rawHttpGet()(url, init);
    };
    const retries: string[] = [];
    const r = await downloadFile({ ...fast, ...viaRoute(a), dir, httpGet: slowFirstHop, expectedSha256: a.sha256, onRetry: (n) => retries.push(n.error.code) });
    expect(retries).toEqual(['ATTACHMENT_STORAGE_ERROR']);
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(routeHits(a)).toHaveLength(2);
  });

  it('never saves the web app sign-in page: an attachment url from a list is refused as HTML', async () => {
    const a = seeded('report.pdf', 1000);
    const dir = await h.tempDir();
    const err = await expectError(downloadFile({ ...fast, url: a.url, name: a.name, auth: h.auth, dir }), 'ATTACHMENT_HTML_PAGE');
    expect(err.message).toBe('The server sent a web page (HTML) instead of “report.pdf”, most likely a sign-in page. It was not saved.');
    expect(await listDir(dir)).toEqual([]);
    // …and the key never went to the web app.
    expect(h.sim.control.getWebAppRequests().every((q) => !q.hadAuth)).toBe(true);
  });

  it('saves an attachment that is a web page itself', async () => {
    const page = h.sim.control.addSessionAttachment(h.sessionId, { name: 'coverage.html', text: '<!doctype html><title>cov</title>', content_type: 'text/html' });
    const dir = await h.tempDir();
    const r = await downloadFile({ ...viaRoute(page), dir });
    expect(await readFile(r.path, 'utf8')).toBe('<!doctype html><title>cov</title>');
  });

  it('reports storage error bodies (XML with a 4xx) clearly and saves nothing', async () => {
    const a = seeded('denied.bin', 5000);
    const dir = await h.tempDir();
    const location = await fetch(a.download_url, { headers: { authorization: h.authHeader }, redirect: 'manual' }).then((res) => res.headers.get('location') ?? '');
    // A client that sends the key to storage too is refused (S3: one auth mechanism only).
    const keyed = await expectError(downloadFile({ ...fast, url: location, name: a.name, dir, auth: { origin: h.sim.secondOrigin, getHeader: () => h.authHeader } }), 'ATTACHMENT_STORAGE_ERROR');
    expect(keyed.details).toMatchObject({ status: 400, code: 'InvalidArgument', retryable: false });
    expect(keyed.message).toMatch(/^The file storage refused “denied\.bin” \(400 InvalidArgument: Only one auth mechanism allowed/);
    h.sim.control.advanceClock(61_000);
    const expired = await expectError(downloadFile({ url: location, name: a.name, dir, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }), 'ATTACHMENT_STORAGE_ERROR');
    expect(expired.details).toMatchObject({ status: 403, code: 'AccessDenied', retryable: true });
    expect(await listDir(dir)).toEqual([]);
  });

  it('retries a dropped connection', async () => {
    const a = seeded('drop.bin', 200_000);
    h.sim.control.addFault({ path: storagePathOf(a), kind: 'drop', times: 2, origin: 'second' });
    const dir = await h.tempDir();
    const r = await downloadFile({ ...fast, ...viaRoute(a), dir, expectedSha256: a.sha256 });
    expect(r.attempts).toBe(3);
    expect(await fileSha(r.path)).toBe(a.sha256);
  });

  it('retries 503 honouring Retry-After, and gives up on 404 without publishing anything', async () => {
    const a = seeded('flaky.bin', 10_000);
    h.sim.control.addFault({ path: pathOf(a.download_url), kind: 'status', status: 503, retryAfter: '0' });
    const dir = await h.tempDir();
    const retries: string[] = [];
    const r = await downloadFile({ ...fast, ...viaRoute(a), dir, onRetry: (n) => retries.push(`${n.error.code}:${n.delayMs}`) });
    expect(retries).toEqual(['ATTACHMENT_HTTP:0']);
    expect(await fileSha(r.path)).toBe(a.sha256);

    const missing = `${h.sim.baseUrl}/v3/organizations/org-sim/attachments/00000000-0000-0000-0000-000000000000/gone.bin`;
    const gone = await expectError(downloadFile({ ...fast, url: missing, dir, name: 'gone.bin', auth: h.auth }), 'ATTACHMENT_GONE');
    expect(gone.details?.partPath).toBeUndefined();
    expect(await listDir(dir)).toEqual(['flaky.bin']);
  });

  it('says the API refused the key (not "link expired") when the route answers 401/403', async () => {
    const a = seeded('nokey.bin', 10);
    const dir = await h.tempDir();
    const err = await expectError(downloadFile({ ...fast, ...viaRoute(a), auth: { origin: h.sim.baseUrl, getHeader: () => 'Bearer cog_wrong' }, dir }), 'ATTACHMENT_ROUTE_REFUSED');
    expect(err.details).toMatchObject({ status: 401 });
    expect(await listDir(dir)).toEqual([]);
  });

  it('keeps the .part (never a final file) when the body keeps getting cut, and resumes it later', async () => {
    const a = seeded('stubborn.bin', 2_000_000, { seed: 3 });
    h.sim.control.addFault({ path: storagePathOf(a), kind: 'truncate', truncateAfter: 300_000, times: 1, origin: 'second' });
    h.sim.control.addFault({ path: storagePathOf(a), kind: 'drop', times: -1, origin: 'second' });
    const dir = await h.tempDir();
    const parts: string[] = [];
    const progress: number[] = [];
    const err = await expectError(
      downloadFile({
        ...viaRoute(a),
        dir,
        retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
        onPart: (p) => parts.push(p.path),
        // Only the forced reports (start and end of each attempt) come through.
        progressIntervalMs: 60_000,
        onProgress: (p) => progress.push(p.bytes),
      }),
      'ATTACHMENT_NETWORK',
    );
    expect(await listDir(dir)).toEqual(['stubborn.bin.part']);
    const kept = (await stat(join(dir, 'stubborn.bin.part'))).size;
    expect(kept).toBeGreaterThan(0);
    // The cut attempt still reported the bytes it kept, so a retrying download does not show 0 B.
    expect(progress).toContain(kept);
    expect(progress.at(-1)).toBe(kept);
    expect(err.details?.partPath).toBe(parts[0]);

    h.sim.control.clearFaults();
    // Much later: whatever URL the last attempt had is long expired; the route gives a fresh one.
    h.sim.control.advanceClock(3_600_000);
    const partFile = await stat(join(dir, 'stubborn.bin.part'));
    const r = await downloadFile({ ...viaRoute(a), dir, expectedSha256: a.sha256, part: { path: parts[0] as string, dev: partFile.dev, ino: partFile.ino } });
    expect(r.resumed).toBe(true);
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(await listDir(dir)).toEqual(['stubborn.bin']);
  });

  it('discards a file whose checksum does not match', async () => {
    const a = seeded('wrong.bin', 50_000);
    const dir = await h.tempDir();
    await expectError(downloadFile({ ...viaRoute(a), dir, expectedSha256: sha256Hex('something else') }), 'ATTACHMENT_CHECKSUM');
    expect(await listDir(dir)).toEqual([]);
  });

  it('cancels: the part file is removed, nothing else is touched', async () => {
    const a = seeded('big.bin', 64 * 1024 * 1024);
    h.sim.control.addFault({ path: storagePathOf(a), kind: 'delay', delayMs: 50, origin: 'second' });
    const dir = await h.tempDir();
    await writeFile(join(dir, 'big.bin'), 'the user already had this');
    const controller = new AbortController();
    const pending = downloadFile({
      ...viaRoute(a),
      dir,
      signal: controller.signal,
      progressIntervalMs: 0,
      onProgress: (p) => {
        if (p.bytes > 1024 * 1024) controller.abort();
      },
    });
    await expectError(pending, 'CANCELLED');
    expect(await listDir(dir)).toEqual(['big.bin']);
    expect(await readFile(join(dir, 'big.bin'), 'utf8')).toBe('the user already had this');
  });

  it('works through an injected fetch too (e.g. Electron net.fetch), resuming a cut body', async () => {
    const a = seeded('viafetch.bin', 1_000_000);
    h.sim.control.addFault({ path: storagePathOf(a), kind: 'truncate', truncateAfter: 200_000, origin: 'second' });
    const dir = await h.tempDir();
    const r = await downloadFile({ ...fast, ...viaRoute(a), dir, fetch: globalThis.fetch, expectedSha256: a.sha256 });
    expect(r.resumed).toBe(true);
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(routeHits(a)).toHaveLength(2);
    expect(h.sim.control.getSecondOriginRequests().every((q) => !q.hadAuth)).toBe(true);
  });

  it('never overwrites: concurrent downloads of one name, a planted symlink and a user .part file', async () => {
    const a = seeded('same.txt', 70_000, { seed: 11 });
    const b = seeded('same.txt', 90_000, { seed: 12 });
    const dir = await h.tempDir();
    const outside = await h.tempDir();
    await writeFile(join(outside, 'target.txt'), 'outside');
    await symlink(join(outside, 'target.txt'), join(dir, 'same.txt'));
    await writeFile(join(dir, 'same.txt.part'), 'a user file that happens to end in .part');
    const [ra, rb] = await Promise.all([
      downloadFile({ ...viaRoute(a), dir, expectedSha256: a.sha256 }),
      downloadFile({ ...viaRoute(b), dir, expectedSha256: b.sha256 }),
    ]);
    expect(new Set([ra.path, rb.path])).toEqual(new Set([join(dir, 'same (1).txt'), join(dir, 'same (2).txt')]));
    expect(await fileSha(ra.path)).toBe(a.sha256);
    expect(await fileSha(rb.path)).toBe(b.sha256);
    expect(await readFile(join(outside, 'target.txt'), 'utf8')).toBe('outside');
    expect(await readFile(join(dir, 'same.txt.part'), 'utf8')).toBe('a user file that happens to end in .part');
    expect(await listDir(dir)).toEqual(['same (1).txt', 'same (2).txt', 'same.txt', 'same.txt.part']);
  });

  it('creates the folder when missing and refuses a relative one', async () => {
    const a = seeded('nested.txt', 10);
    const dir = join(await h.tempDir(), 'x', 'y');
    const r = await downloadFile({ ...viaRoute(a), dir });
    expect(r.path).toBe(join(dir, 'nested.txt'));
    await expectError(downloadFile({ ...viaRoute(a), dir: 'relative/dir' }), 'ATTACHMENT_FOLDER');
    await mkdir(join(dir, 'sub'));
  });
});

describe('downloadFile against odd servers', () => {
  let server: Server;
  let base = '';
  const body = Buffer.from('0123456789'.repeat(50_000));
  const log: { url: string; range: string | undefined; auth: string | undefined }[] = [];
  let cutNext = true;

  beforeAll(async () => {
    server = createServer((req, res) => {
      log.push({ url: req.url ?? '', range: req.headers.range, auth: req.headers.authorization });
      if (req.url === '/no-ranges') {
        // Ignores Range: always the whole body with 200; the first answer is cut short.
        res.writeHead(200, { 'content-length': body.length });
        if (cutNext) {
          cutNext = false;
          res.write(body.subarray(0, 100_000), () => res.destroy());
        } else res.end(body);
      } else if (req.url === '/loop') {
        res.writeHead(302, { location: '/loop' });
        res.end();
      } else if (req.url === '/to-http') {
        res.writeHead(302, { location: 'http://example.com/x' });
        res.end();
      } else if (req.url === '/bounce') {
        // Leaves the API origin and comes back: credentials must not return with it.
        res.writeHead(302, { location: `http://localhost:${(server.address() as AddressInfo).port}/back` });
        res.end();
      } else if (req.url === '/back') {
        res.writeHead(302, { location: `${base}/plain` });
        res.end();
      } else {
        res.writeHead(200, { 'content-length': 5 });
        res.end('plain');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('restarts from byte 0 when a server answers 200 to a Range request', async () => {
    const dir = await h.tempDir();
    const r = await downloadFile({ ...fast, url: `${base}/no-ranges`, dir, name: 'whole.txt', expectedSha256: sha256Hex(body) });
    expect(await fileSha(r.path)).toBe(sha256Hex(body));
    expect(r.resumed).toBe(false);
    const tries = log.filter((l) => l.url === '/no-ranges');
    expect(tries.map((t) => t.range)).toEqual([undefined, 'bytes=100000-']);
  });

  it('caps redirects, refuses non-https hops, and drops credentials for good once the chain leaves the API origin', async () => {
    const dir = await h.tempDir();
    await expectError(downloadFile({ ...fast, url: `${base}/loop`, dir, name: 'x' }), 'ATTACHMENT_TOO_MANY_REDIRECTS');
    await expectError(downloadFile({ ...fast, url: `${base}/to-http`, dir, name: 'x' }), 'ATTACHMENT_URL_NOT_ALLOWED');
    await expectError(downloadFile({ ...fast, url: 'ftp://127.0.0.1/x', dir, name: 'x' }), 'ATTACHMENT_URL_NOT_ALLOWED');
    log.length = 0;
    const r = await downloadFile({ url: `${base}/bounce`, dir, name: 'plain.txt', auth: { origin: base, getHeader: () => 'Bearer cog_secret' } });
    expect(await readFile(r.path, 'utf8')).toBe('plain');
    expect(log.map((l) => [l.url, l.auth])).toEqual([
      ['/bounce', 'Bearer cog_secret'],
      ['/back', undefined],
      ['/plain', undefined],
    ]);
    expect(await listDir(dir)).toEqual(['plain.txt']);
  });
});

describe('a storage host whose name does not resolve', () => {
  it('says the host could not be found (both languages), not that the download was interrupted', async () => {
    const a = h.sim.control.addSessionAttachment(h.sessionId, { name: 'lost.txt', text: 'nowhere' });
    const dir = await h.tempDir();
    // The route's 307 points at a name no resolver knows (.invalid is reserved for that).
    const unresolvable: HttpGet = async (url, init) => {
      if (url.origin !== h.sim.secondOrigin) return rawHttpGet()(url, init);
      const moved = new URL(url);
      moved.hostname = 'storage.devin-tray.invalid';
      return rawHttpGet()(moved, init);
    };
    const retries: string[] = [];
    const err = await downloadFile({ ...fast, ...viaRoute(a), dir, httpGet: unresolvable, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, onRetry: (n) => retries.push(n.error.code) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    const e = err as AppError;
    expect(e.code).toBe('ATTACHMENT_HOST_NOT_FOUND');
    expect(e.details?.host).toBe('storage.devin-tray.invalid');
    expect(e.message).toMatch(/^Cannot download “lost\.txt”: the storage host storage\.devin-tray\.invalid could not be found \((ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME)\)\./);
    expect(e.message).not.toContain('interrupted');
    expect(translate('zh-CN', 'error.ATTACHMENT_HOST_NOT_FOUND', e.params ?? {})).toMatch(/^无法下载“lost\.txt”：找不到存储服务器 storage\.devin-tray\.invalid（E[A-Z_]+）。/);
    // A resolver may be back a moment later: retried like any network failure first.
    expect(retries).toEqual(['ATTACHMENT_HOST_NOT_FOUND']);
    expect(await listDir(dir)).toEqual([]);
  });
});
