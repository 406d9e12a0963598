import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { downloadFile } from './download-file';
import type { DownloadFileOptions, DownloadProgress } from './download-file';
import { fileSha, listDir, sha256Hex, startAttachmentsHarness } from './test-harness';
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

function seeded(name: string, size: number, extra: { redirect?: boolean; seed?: number } = {}) {
  return h.sim.control.addSessionAttachment(h.sessionId, { name, size, pattern: 'seeded', ...extra });
}
const pathOf = (url: string) => new URL(url).pathname;

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

describe('downloadFile against devin-sim', () => {
  it('streams to a .part, verifies sha256, publishes the final name and reports progress', async () => {
    const a = seeded('data.bin', 3 * 1024 * 1024 + 5);
    const dir = await h.tempDir();
    const progress: DownloadProgress[] = [];
    const r = await downloadFile({ url: a.url, dir, name: a.name, expectedSha256: a.sha256, onProgress: (p) => progress.push(p), progressIntervalMs: 0 });
    expect(r.path).toBe(join(dir, 'data.bin'));
    expect(r.bytes).toBe(a.size);
    expect(r.sha256).toBe(a.sha256);
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(await listDir(dir)).toEqual(['data.bin']);
    expect(progress.at(-1)).toMatchObject({ bytes: a.size, total: a.size });
    expect(progress.every((p, i) => i === 0 || p.bytes >= (progress[i - 1] as DownloadProgress).bytes)).toBe(true);
  });

  it('resumes a truncated body with Range + If-Range, and never shows a partial file under the final name', async () => {
    const a = seeded('cut.bin', 4 * 1024 * 1024, { seed: 7 });
    h.sim.control.addFault({ path: pathOf(a.url), kind: 'truncate', truncateAfter: 1_500_000 });
    const dir = await h.tempDir();
    const watch = watchFinal(join(dir, 'cut.bin'));
    const r = await downloadFile({ ...fast, url: a.url, dir, name: a.name, expectedSha256: a.sha256 });
    const sizes = await watch.stop();
    expect(sizes.every((s) => s === a.size)).toBe(true);
    expect(r.resumed).toBe(true);
    expect(r.attempts).toBe(2);
    expect(await fileSha(r.path)).toBe(a.sha256);
    const gets = h.sim.control.getRequests().filter((q) => q.path === pathOf(a.url));
    expect(gets).toHaveLength(2);
    expect(gets[0]?.headers.range).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(gets[1]?.headers.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(1_500_000);
    expect(gets[1]?.headers['if-range']).toBe(`"${a.attachment_id}"`);
    expect(gets[1]?.status).toBe(206);
  });

  it('retries a dropped connection', async () => {
    const a = seeded('drop.bin', 200_000);
    h.sim.control.addFault({ path: pathOf(a.url), kind: 'drop', times: 2 });
    const dir = await h.tempDir();
    const r = await downloadFile({ ...fast, url: a.url, dir, name: a.name, expectedSha256: a.sha256 });
    expect(r.attempts).toBe(3);
    expect(await fileSha(r.path)).toBe(a.sha256);
  });

  it('retries 503 honouring Retry-After, and gives up on 404 without publishing anything', async () => {
    const a = seeded('flaky.bin', 10_000);
    h.sim.control.addFault({ path: pathOf(a.url), kind: 'status', status: 503, retryAfter: '0' });
    const dir = await h.tempDir();
    const retries: string[] = [];
    const r = await downloadFile({ ...fast, url: a.url, dir, name: a.name, onRetry: (n) => retries.push(`${n.error.code}:${n.delayMs}`) });
    expect(retries).toEqual(['ATTACHMENT_HTTP:0']);
    expect(await fileSha(r.path)).toBe(a.sha256);

    const missing = `${h.sim.baseUrl}/files/00000000-0000-0000-0000-000000000000/gone.bin`;
    const gone = await expectError(downloadFile({ ...fast, url: missing, dir, name: 'gone.bin' }), 'ATTACHMENT_GONE');
    expect(gone.details?.partPath).toBeUndefined();
    expect(await listDir(dir)).toEqual(['flaky.bin']);
  });

  it('keeps the .part (never a final file) when the body keeps getting cut, and resumes it later', async () => {
    const a = seeded('stubborn.bin', 2_000_000, { seed: 3 });
    h.sim.control.addFault({ path: pathOf(a.url), kind: 'truncate', truncateAfter: 300_000, times: 1 });
    h.sim.control.addFault({ path: pathOf(a.url), kind: 'drop', times: -1 });
    const dir = await h.tempDir();
    const parts: string[] = [];
    const progress: number[] = [];
    const err = await expectError(
      downloadFile({
        url: a.url,
        dir,
        name: a.name,
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
    const partFile = await stat(join(dir, 'stubborn.bin.part'));
    const r = await downloadFile({ url: a.url, dir, name: a.name, expectedSha256: a.sha256, part: { path: parts[0] as string, dev: partFile.dev, ino: partFile.ino } });
    expect(r.resumed).toBe(true);
    expect(await fileSha(r.path)).toBe(a.sha256);
    expect(await listDir(dir)).toEqual(['stubborn.bin']);
  });

  it('discards a file whose checksum does not match', async () => {
    const a = seeded('wrong.bin', 50_000);
    const dir = await h.tempDir();
    await expectError(downloadFile({ url: a.url, dir, name: a.name, expectedSha256: sha256Hex('something else') }), 'ATTACHMENT_CHECKSUM');
    expect(await listDir(dir)).toEqual([]);
  });

  it('cancels: the part file is removed, nothing else is touched', async () => {
    const a = seeded('big.bin', 64 * 1024 * 1024);
    h.sim.control.addFault({ path: pathOf(a.url), kind: 'delay', delayMs: 50 });
    const dir = await h.tempDir();
    await writeFile(join(dir, 'big.bin'), 'the user already had this');
    const controller = new AbortController();
    const pending = downloadFile({
      url: a.url,
      dir,
      name: a.name,
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

  it('follows a 307 to another origin without the Authorization header', async () => {
    const a = seeded('moved.bin', 100_000, { redirect: true });
    const dir = await h.tempDir();
    const r = await downloadFile({ url: a.url, dir, name: a.name, auth: { origin: h.sim.baseUrl, getHeader: () => h.authHeader } });
    expect(await fileSha(r.path)).toBe(a.sha256);
    const first = h.sim.control.getRequests().find((q) => q.path === pathOf(a.url));
    expect(first?.status).toBe(307);
    expect(first?.hadAuth).toBe(true);
    const second = h.sim.control.getSecondOriginRequests();
    expect(second).toHaveLength(1);
    expect(second[0]?.hadAuth).toBe(false);
    expect(second[0]?.headers.authorization).toBeUndefined();
  });

  it('works through an injected fetch too (e.g. Electron net.fetch), resuming a cut body', async () => {
    const a = seeded('viafetch.bin', 1_000_000, { redirect: true });
    h.sim.control.addFault({ path: pathOf(a.url), kind: 'truncate', truncateAfter: 200_000, origin: 'second' });
    const dir = await h.tempDir();
    const r = await downloadFile({ ...fast, url: a.url, dir, name: a.name, fetch: globalThis.fetch, expectedSha256: a.sha256, auth: { origin: h.sim.baseUrl, getHeader: () => h.authHeader } });
    expect(r.resumed).toBe(true);
    expect(await fileSha(r.path)).toBe(a.sha256);
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
      downloadFile({ url: a.url, dir, name: a.name, expectedSha256: a.sha256 }),
      downloadFile({ url: b.url, dir, name: b.name, expectedSha256: b.sha256 }),
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
    const r = await downloadFile({ url: a.url, dir, name: a.name });
    expect(r.path).toBe(join(dir, 'nested.txt'));
    await expectError(downloadFile({ url: a.url, dir: 'relative/dir', name: a.name }), 'ATTACHMENT_FOLDER');
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
