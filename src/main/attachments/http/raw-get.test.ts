import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawHttpGet } from './raw-get';

// A plain node:http server for wire-level cases devin-sim does not produce (chunked bodies,
// close-delimited bodies, interim responses).
const payload = randomBytes(3 * 1024 * 1024 + 17);
const sha = (b: Uint8Array | Buffer) => createHash('sha256').update(b).digest('hex');
let server: Server;
let base = '';
const seen: IncomingMessage['headers'][] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  seen.push(req.headers);
  const url = req.url ?? '/';
  if (url === '/length') {
    res.writeHead(200, { 'content-length': payload.length });
    res.end(payload);
  } else if (url === '/chunked') {
    res.writeHead(200, { 'transfer-encoding': 'chunked' });
    let i = 0;
    const step = 100_003;
    const write = (): void => {
      while (i < payload.length) {
        const ok = res.write(payload.subarray(i, i + step));
        i += step;
        if (!ok) return void res.once('drain', write);
      }
      res.end();
    };
    write();
  } else if (url === '/close') {
    // HTTP/1.0-style: no length, the end of the body is the end of the connection.
    res.socket?.write('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n');
    res.socket?.end(payload.subarray(0, 50_000));
  } else if (url === '/cut') {
    res.writeHead(200, { 'content-length': payload.length });
    res.write(payload.subarray(0, 1_000_000), () => res.destroy());
  } else if (url === '/interim') {
    res.socket?.write('HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello');
    res.socket?.end();
  } else if (url === '/empty') {
    res.writeHead(204);
    res.end();
  } else if (url === '/slow') {
    res.writeHead(200, { 'content-length': 10 });
    res.write('abc');
  } else {
    res.writeHead(404, { 'content-length': 0 });
    res.end();
  }
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function fetchAll(path: string, opts: { buffers?: number; slow?: boolean; headers?: Record<string, string> } = {}) {
  const get = rawHttpGet({ bufferSize: 64 * 1024, buffers: opts.buffers ?? 4 });
  const res = await get(new URL(base + path), { headers: opts.headers ?? {}, signal: new AbortController().signal });
  const hash = createHash('sha256');
  let bytes = 0;
  let chunks = 0;
  await res.body.pump(async (chunk) => {
    chunks += 1;
    // Read the chunk only after yielding, as a disk write would: a reused buffer would show here.
    if (opts.slow && chunks % 7 === 0) await delay(1);
    else await Promise.resolve();
    hash.update(chunk);
    bytes += chunk.length;
  });
  return { status: res.status, headers: res.headers, bytes, sha: hash.digest('hex') };
}

describe('rawHttpGet', () => {
  it.each([1, 2, 4])('delivers a Content-Length body intact with %i read buffer(s) and a slow consumer', async (buffers) => {
    const r = await fetchAll('/length', { buffers, slow: true });
    expect(r.status).toBe(200);
    expect(r.bytes).toBe(payload.length);
    expect(r.sha).toBe(sha(payload));
  });

  it('decodes a chunked body', async () => {
    const r = await fetchAll('/chunked', { slow: true });
    expect(r.sha).toBe(sha(payload));
  });

  it('reads a close-delimited body to the end', async () => {
    const r = await fetchAll('/close');
    expect(r.sha).toBe(sha(payload.subarray(0, 50_000)));
  });

  it('skips interim 1xx responses and handles empty bodies', async () => {
    const interim = await fetchAll('/interim');
    expect(interim.status).toBe(200);
    expect(interim.bytes).toBe(5);
    const empty = await fetchAll('/empty');
    expect(empty.status).toBe(204);
    expect(empty.bytes).toBe(0);
  });

  it('rejects a body cut short, after handing over what did arrive', async () => {
    const get = rawHttpGet({ bufferSize: 64 * 1024 });
    const res = await get(new URL(`${base}/cut`), { headers: {}, signal: new AbortController().signal });
    let got = 0;
    await expect(
      res.body.pump((c) => {
        got += c.length;
      }),
    ).rejects.toMatchObject({ code: 'ERR_PREMATURE_CLOSE' });
    expect(got).toBe(1_000_000);
  });

  it('sends our headers plus Host and Connection: close, and refuses header injection', async () => {
    await fetchAll('/length', { headers: { Range: 'bytes=0-', 'X-Test': 'yes' } });
    const last = seen[seen.length - 1];
    expect(last?.range).toBe('bytes=0-');
    expect(last?.connection).toBe('close');
    expect(last?.host).toBe(new URL(base).host);
    const get = rawHttpGet();
    await expect(get(new URL(`${base}/length`), { headers: { 'X-Evil': 'a\r\nInjected: 1' }, signal: new AbortController().signal })).rejects.toThrow(
      /invalid header/,
    );
  });

  it('stops on abort', async () => {
    const get = rawHttpGet();
    const controller = new AbortController();
    const res = await get(new URL(`${base}/slow`), { headers: {}, signal: controller.signal });
    const pumping = res.body.pump(() => undefined);
    setTimeout(() => controller.abort(new Error('user cancelled')), 20);
    await expect(pumping).rejects.toThrow('user cancelled');
  });
});
