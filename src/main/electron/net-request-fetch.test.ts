import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { classifyConnectionError } from '../network/connection-stage';
import { createNetRequestFetch } from './net-request-fetch';
import type { ProxyLoginHandler } from './net-request-fetch';
import { createFakeNet } from './testing/fake-net';
import type { FakeClientRequest } from './testing/fake-net';

function setup(script: (req: FakeClientRequest) => void | Promise<void>, onProxyLogin: ProxyLoginHandler = (_i, _a, cb) => cb()) {
  const net = createFakeNet(script);
  return { net, fetch: createNetRequestFetch({ request: net.request, onProxyLogin }) };
}

describe('fetch on net.request', () => {
  it('sends method and headers without cookies, and streams the answer', async () => {
    const { net, fetch } = setup((req) => req.respond(200, { 'content-type': 'application/json', 'x-multi': ['a', 'b'] }, [Buffer.from('{"ok":'), Buffer.from('true}')]));
    const res = await fetch('https://api.devin.ai/v3/self', { headers: { Authorization: 'Bearer cog_x', Accept: 'application/json' }, redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-multi')).toBe('a, b');
    expect(await res.json()).toEqual({ ok: true });
    const sent = net.requests[0]!;
    expect(sent.options).toMatchObject({ method: 'GET', url: 'https://api.devin.ai/v3/self', redirect: 'manual', credentials: 'omit', useSessionCookies: false });
    expect(sent.headers).toMatchObject({ authorization: 'Bearer cog_x', accept: 'application/json' });
  });

  it('returns a manual redirect as a 3xx response instead of failing ("Redirect was cancelled" with net.fetch)', async () => {
    const { net, fetch } = setup((req) => req.redirect(307, 'https://cdn.example.com/file?sig=1'));
    const res = await fetch('https://api.devin.ai/files/1', { redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('https://cdn.example.com/file?sig=1');
    expect(res.body).toBeNull();
    expect(net.requests[0]!.aborted).toBe(true);
  });

  it('lets Chromium follow redirects when the caller asked for that', async () => {
    const { fetch } = setup((req) => {
      req.redirect(302, 'https://x/next');
      req.respond(200, {}, [Buffer.from('after')]);
    });
    const res = await fetch('https://x/start');
    expect(await res.text()).toBe('after');
  });

  it('answers a proxy login through the handler, counting attempts, and never a server’s 401', async () => {
    const seen: { host: string; attempt: number }[] = [];
    const answers: string[][] = [];
    const { fetch } = setup(
      async (req) => {
        answers.push(await req.login({ host: 'proxy.corp' }));
        answers.push(await req.login({ host: 'proxy.corp' }));
        answers.push(await req.login({ isProxy: false, host: 'api.devin.ai' }));
        req.respond(200);
      },
      (info, attempt, callback) => {
        seen.push({ host: info.host, attempt });
        callback('alice', attempt === 1 ? 'wrong' : 'right');
      },
    );
    expect((await fetch('https://api.devin.ai/v3/self')).status).toBe(200);
    expect(seen).toEqual([
      { host: 'proxy.corp', attempt: 1 },
      { host: 'proxy.corp', attempt: 2 },
    ]);
    expect(answers).toEqual([['alice', 'wrong'], ['alice', 'right'], []]);
  });

  it('rejects with Chromium’s error, which classifies by stage', async () => {
    const { fetch } = setup((req) => req.fail('net::ERR_CERT_AUTHORITY_INVALID'));
    const err = await fetch('https://api.devin.ai/v3/self').catch((e: unknown) => e);
    expect(classifyConnectionError(err)).toMatchObject({ stage: 'tls', tls: 'untrusted' });
  });

  it('sends a string body whole and a stream body chunked, as it is produced', async () => {
    const { net, fetch } = setup((req) => req.respond(201));
    await fetch('https://api.devin.ai/v3/x', { method: 'POST', body: '{"a":1}', headers: { 'Content-Type': 'application/json' } });
    expect(net.requests[0]!.body).toBe('{"a":1}');
    expect(net.requests[0]!.chunkedEncoding).toBe(false);

    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('part1-'));
        c.enqueue(new TextEncoder().encode('part2'));
        c.close();
      },
    });
    // The multipart upload announces its length; Chromium refuses that header from callers and computes it.
    await fetch('https://api.devin.ai/v3/upload', { method: 'POST', body: stream, duplex: 'half', headers: { 'Content-Length': '11', Connection: 'close' } } as RequestInit);
    expect(net.requests[1]!.chunkedEncoding).toBe(true);
    expect(Object.keys(net.requests[1]!.headers)).not.toContain('content-length');
    expect(Object.keys(net.requests[1]!.headers)).not.toContain('connection');
    expect(net.requests[1]!.written.map((b) => b.toString())).toEqual(['part1-', 'part2']);
  });

  it('aborts the request on the caller’s signal, also while the body streams', async () => {
    const before = new AbortController();
    const { net, fetch } = setup(() => undefined);
    const pending = fetch('https://api.devin.ai/slow', { signal: before.signal });
    await delay(5);
    before.abort(new Error('user cancelled'));
    await expect(pending).rejects.toThrow('user cancelled');
    expect(net.requests[0]!.aborted).toBe(true);

    const during = new AbortController();
    const chunks = Array.from({ length: 50 }, () => Buffer.alloc(64 * 1024, 1));
    const streaming = setup((req) => req.respond(200, {}, chunks));
    const res = await streaming.fetch('https://cdn/big', { signal: during.signal });
    const reader = res.body!.getReader();
    await reader.read();
    during.abort(new Error('stop'));
    expect(streaming.net.requests[0]!.aborted).toBe(true);
    // What was already buffered may still come out; then the stream fails, it does not just end.
    const drain = async () => {
      for (;;) if ((await reader.read()).done) return 'ended';
    };
    await expect(drain()).rejects.toThrow('stop');
  });

  it('reads the response only as fast as the consumer takes it', async () => {
    const chunks = Array.from({ length: 200 }, () => Buffer.alloc(64 * 1024, 7));
    const { net, fetch } = setup((req) => req.respond(200, {}, chunks));
    const res = await fetch('https://cdn/big');
    const reader = res.body!.getReader();
    await reader.read();
    await delay(20);
    // 12.5 MB were available; with nobody reading, only a few chunks left the fake socket.
    expect(net.requests[0]!.delivered).toBeLessThan(20);
    for (let i = 0; i < 30; i += 1) await reader.read();
    expect(net.requests[0]!.delivered).toBeGreaterThan(30);
    await reader.cancel();
  });
});
