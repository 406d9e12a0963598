import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../../sim/server';
import { ApiError } from './api-error';
import { announcedLength, announcedTooLarge, MAX_API_BODY_BYTES, readBodyText } from './body-limit';
import { createDevinClient } from './client';
import { describeError } from './describe-error';
import type { RequestLog } from './request-log';
import { rejectionOf } from './sim-fixture';
import { startHostileBodyServer, type HostileServer } from './testing/hostile-body-server';

const GiB = 1024 * 1024 * 1024;
const MiB = 1024 * 1024;

/** A Response over a stream of the given chunks, as any fetch implementation might hand back. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}): { res: Response; pulled: () => number; cancelled: () => boolean } {
  let i = 0;
  let wasCancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++] as Uint8Array);
      else controller.close();
    },
    cancel() {
      wasCancelled = true;
    },
  });
  return { res: new Response(body, { headers }), pulled: () => i, cancelled: () => wasCancelled };
}

describe('announced length', () => {
  it.each([
    [null, null],
    ['0', 0],
    [' 42 ', 42],
    ['12, 12', null],
    ['-1', null],
    ['1e9', null],
    ['99999999999999999999', null],
  ])('%j → %j', (header, expected) => {
    expect(announcedLength(header)).toBe(expected);
  });

  it('rules a body out only when it announces more than the cap', () => {
    expect(announcedTooLarge(String(2 * GiB), MAX_API_BODY_BYTES)).toBe(true);
    expect(announcedTooLarge(String(MAX_API_BODY_BYTES), MAX_API_BODY_BYTES)).toBe(false);
    expect(announcedTooLarge(null, MAX_API_BODY_BYTES)).toBe(false);
  });
});

describe('readBodyText on any stream', () => {
  const text = new TextEncoder().encode('{"a":"日本語"}');

  it('reads a body under the cap whole, like Response.text()', async () => {
    const { res } = streamed([text.subarray(0, 8), text.subarray(8)]);
    expect(await readBodyText(res, 1024, 'fail')).toEqual({ kind: 'text', text: '{"a":"日本語"}', truncated: false });
  });

  it('drops a leading BOM as Response.text() does', async () => {
    const { res } = streamed([new Uint8Array([0xef, 0xbb, 0xbf]), text]);
    expect(await readBodyText(res, 1024, 'fail')).toMatchObject({ text: '{"a":"日本語"}' });
  });

  it('stops pulling at the cap and cancels the stream (fail)', async () => {
    const chunk = new Uint8Array(1000);
    const s = streamed(Array.from({ length: 1000 }, () => chunk));
    const read = await readBodyText(s.res, 10_000, 'fail');
    expect(read).toEqual({ kind: 'too-large', limit: 10_000, bytes: 11_000, announced: null });
    expect(s.pulled()).toBeLessThan(20);
    expect(s.cancelled()).toBe(true);
  });

  it('refuses up front from Content-Length, without reading (fail)', async () => {
    const s = streamed([text], { 'content-length': String(2 * GiB) });
    expect(await readBodyText(s.res, 1024, 'fail')).toEqual({ kind: 'too-large', limit: 1024, bytes: 0, announced: 2 * GiB });
    expect(s.cancelled()).toBe(true);
  });

  it('keeps the start of an over-long body, never splitting a character into garbage (truncate)', async () => {
    const s = streamed([text, text, text]);
    const read = await readBodyText(s.res, 13, 'truncate');
    expect(read).toEqual({ kind: 'text', text: '{"a":"日本', truncated: true });
    expect(s.cancelled()).toBe(true);
  });
});

describe('the API client against a hostile server', () => {
  let server: HostileServer;
  let logs: RequestLog[] = [];
  beforeAll(async () => {
    server = await startHostileBodyServer({ kind: 'json', value: {} });
  });
  afterAll(async () => {
    await server.close();
  });

  const client = (fetchImpl: typeof fetch = globalThis.fetch) => {
    logs = [];
    return createDevinClient({
      baseUrl: server.url,
      apiKey: SIM_KEYS.org,
      orgId: 'org-sim',
      fetch: fetchImpl,
      sleep: async () => undefined,
      onRequest: (l) => logs.push(l),
    });
  };

  async function tooLarge(p: Promise<unknown>): Promise<ApiError> {
    const e = await rejectionOf(p);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ code: 'RESPONSE_TOO_LARGE', details: { limitBytes: MAX_API_BODY_BYTES, limitMb: 16, status: 200 } });
    // Never retried: the next answer would be as large.
    expect(logs).toHaveLength(1);
    expect(logs[0]?.errorCode).toBe('RESPONSE_TOO_LARGE');
    return e as ApiError;
  }

  it('a 2 GB body announced by Content-Length ends in RESPONSE_TOO_LARGE before it is read', async () => {
    server.body = { kind: 'length', size: 2 * GiB };
    const sentBefore = server.bytesSent();
    const e = await tooLarge(client().self());
    expect(e.details.announcedBytes).toBe(2 * GiB);
    expect(server.bytesSent() - sentBefore).toBeLessThan(64 * MiB);
    expect(describeError(e, 'en')).toBe(
      `The answer from ${new URL(server.url).host} was larger than 16 MB, so it was not read. Check the API URL and any proxy in between; if it persists, report it.`,
    );
    expect(describeError(e, 'zh-CN')).toContain('超过 16 MB，因此没有读取');
  });

  it('a 2 GB chunked body (no length) is cut at the cap', async () => {
    server.body = { kind: 'chunked', size: 2 * GiB };
    const sentBefore = server.bytesSent();
    const e = await tooLarge(client().self());
    expect(e.details.receivedBytes).toBeGreaterThan(MAX_API_BODY_BYTES);
    expect(e.details.receivedBytes).toBeLessThan(MAX_API_BODY_BYTES + MiB);
    // The server saw the client hang up long before 2 GB.
    expect(server.bytesSent() - sentBefore).toBeLessThan(256 * MiB);
  });

  it.each([
    ['gzip', true],
    ['gzip', false],
    ['deflate', true],
  ] as const)('a %s bomb (length announced: %s) is capped after decompression', async (encoding, withLength) => {
    server.body = { kind: 'bomb', encoding, size: 256 * MiB, withLength };
    const e = await tooLarge(client().self());
    expect(e.details.receivedBytes).toBeGreaterThan(MAX_API_BODY_BYTES);
  });

  it('caps at the stream level, whatever fetch is injected (a wrapper that re-streams the body)', async () => {
    const rewrapped: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      return new Response(res.body, { status: res.status, headers: res.headers });
    };
    server.body = { kind: 'chunked', size: 2 * GiB };
    await tooLarge(client(rewrapped).self());
  });

  it('a huge error body is cut short and the HTTP error still comes through', async () => {
    server.body = { kind: 'error', status: 500, size: 2 * GiB };
    const e = await rejectionOf(client().self());
    expect(e).toMatchObject({ code: 'SERVER', details: { status: 500 } });
  });

  it('a normal body still reads', async () => {
    server.body = { kind: 'json', value: { principal_type: 'service_user', service_user_id: 'su-1', org_id: 'org-sim' } };
    await expect(client().self()).resolves.toMatchObject({ org_id: 'org-sim' });
  });
});
