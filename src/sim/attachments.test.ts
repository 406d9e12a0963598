import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seededBytes, simAttachmentSha256, startSim, takeContractViolations, type SimHandle } from './server';
import { seededChunks } from './attachments/seeded';
import { simApi } from './test-support';

let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim();
});
beforeEach(() => {
  sim.control.reset();
});
afterAll(() => sim.close());

const ORG = '/v3/organizations/org-sim';
const AUTH = { authorization: 'Bearer cog_sim_org' };
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Every byte value plus CRLFs and dashes that look like a boundary. */
function trickyBytes(): Buffer {
  const all = Buffer.alloc(256 * 4);
  for (let i = 0; i < all.length; i++) all[i] = i % 256;
  return Buffer.concat([all, Buffer.from('\r\n--\r\n------WebKitFormBoundary\r\n\r\n'), all]);
}

async function upload(form: FormData): Promise<Response> {
  return fetch(`${sim.baseUrl}${ORG}/attachments`, { method: 'POST', headers: AUTH, body: form });
}

/** The documented download route of an attachment (absolute). */
const routeOf = (a: { attachment_id: string; name: string }) => `${sim.baseUrl}${ORG}/attachments/${a.attachment_id}/${encodeURIComponent(a.name)}`;

/** Asks the route (with the key) for a presigned URL: the 307's Location. */
async function presigned(a: { attachment_id: string; name: string }): Promise<string> {
  const res = await fetch(routeOf(a), { headers: AUTH, redirect: 'manual' });
  expect(res.status).toBe(307);
  return res.headers.get('location') ?? '';
}

/** The bytes by the route: the key to the API, then the 307 followed (fetch drops Authorization across origins). */
function download(a: { attachment_id: string; name: string }, init: RequestInit = {}): Promise<Response> {
  return fetch(routeOf(a), { ...init, headers: { ...AUTH, ...(init.headers as Record<string, string>) } });
}

describe('upload (multipart/form-data)', () => {
  it('stores binary bytes exactly; the returned url is a web-app link, the bytes come by the route', async () => {
    const bytes = trickyBytes();
    const form = new FormData();
    form.append('note', 'ignored');
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/x-test' }), 'tricky.bin');
    const res = await upload(form);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { attachment_id: string; name: string; url: string };
    expect(body.name).toBe('tricky.bin');
    expect(body.url.startsWith(sim.webAppOrigin)).toBe(true);
    // The extra part is ignored (as FastAPI would), and is off the contract: the checker names it.
    expect(takeContractViolations()).toEqual([expect.objectContaining({ endpoint: 'attachments.upload', side: 'request', issues: ['body note: part not in the contract'] })]);
    const got = await download(body);
    expect(got.headers.get('content-type')).toBe('application/x-test');
    expect(Number(got.headers.get('content-length'))).toBe(bytes.length);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('parses a hand-written body with a quoted boundary and an RFC 5987 file name', async () => {
    const boundary = 'b0undary; with-semicolon';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="na_ve.txt"; filename*=UTF-8''na%C3%AFve.txt\r\n\r\n`),
      Buffer.from('héllo\r\n'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await fetch(`${sim.baseUrl}${ORG}/attachments`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': `multipart/form-data; boundary="${boundary}"` },
      body,
    });
    const json = (await res.json()) as { attachment_id: string; name: string; url: string };
    expect(json.name).toBe('naïve.txt');
    const got = await download(json);
    expect(got.headers.get('content-type')).toBe('text/plain');
    expect(await got.text()).toBe('héllo\r\n');
  });

  it('422s without a file part and 413s above 50 MB', async () => {
    const form = new FormData();
    form.append('other', 'x');
    expect((await upload(form)).status).toBe(422);
    const notMultipart = await fetch(`${sim.baseUrl}${ORG}/attachments`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: '{}' });
    expect(notMultipart.status).toBe(422);
    const big = new FormData();
    big.append('file', new Blob([new Uint8Array(50 * 1024 * 1024 + 1)]), 'big.bin');
    const res = await upload(big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { status: number }).status).toBe(413);
  });

  it('links uploaded attachments named in attachment_urls to the new session', async () => {
    const form = new FormData();
    form.append('file', new Blob(['log line\n']), 'run.log');
    const up = (await (await upload(form)).json()) as { url: string; attachment_id: string };
    const api = simApi(sim.baseUrl);
    const s = await api.post<{ session_id: string }>(`${ORG}/sessions`, { prompt: 'see log', attachment_urls: [up.url] });
    const list = await api.get<{ attachment_id: string; source: string; content_type: string }[]>(`${ORG}/sessions/${s.body.session_id}/attachments`);
    expect(list.body).toEqual([expect.objectContaining({ attachment_id: up.attachment_id, source: 'user', name: 'run.log', content_type: 'text/plain' })]);
  });
});

describe('session attachments list', () => {
  it('is a bare array by default and {items} when the session asks for it', async () => {
    const api = simApi(sim.baseUrl);
    const a = sim.control.createSession();
    const b = sim.control.createSession({ attachmentsShape: 'items' });
    for (const s of [a, b]) sim.control.addSessionAttachment(s.session_id, { name: 'out.txt', text: 'hello' });
    const bare = await api.get<unknown[]>(`${ORG}/sessions/${a.session_id}/attachments`);
    expect(Array.isArray(bare.body)).toBe(true);
    expect(bare.body[0]).toEqual({ attachment_id: expect.any(String), name: 'out.txt', source: 'devin', url: expect.any(String), content_type: 'text/plain' });
    const items = await api.get<{ items: unknown[] }>(`${ORG}/sessions/${b.session_id}/attachments`);
    expect(items.body.items).toHaveLength(1);
    // The Common Flows shape is off the contract on purpose (clients must tolerate it): the checker says so.
    expect(takeContractViolations()).toEqual([expect.objectContaining({ endpoint: 'sessions.attachments.list', side: 'response', issues: ['body: expected a bare JSON array'] })]);
  });
});

describe('byte serving', () => {
  it('serves content-length, accept-ranges and Range requests (206, suffix, open-ended, 416, If-Range)', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'abc.txt', text: '0123456789' });
    expect(a.sha256).toBe(sha(Buffer.from('0123456789')));
    const full = await download(a);
    expect(full.status).toBe(200);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('content-length')).toBe('10');
    await full.arrayBuffer();
    const part = await download(a, { headers: { range: 'bytes=2-5' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10');
    expect(await part.text()).toBe('2345');
    expect(await (await download(a, { headers: { range: 'bytes=-3' } })).text()).toBe('789');
    expect(await (await download(a, { headers: { range: 'bytes=7-' } })).text()).toBe('789');
    const bad = await download(a, { headers: { range: 'bytes=10-' } });
    expect(bad.status).toBe(416);
    expect(bad.headers.get('content-range')).toBe('bytes */10');
    await bad.arrayBuffer();
    const stale = await download(a, { headers: { range: 'bytes=2-5', 'if-range': '"other"' } });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe('0123456789');
    const etag = full.headers.get('etag') ?? '';
    expect((await download(a, { headers: { range: 'bytes=0-0', 'if-range': etag } })).status).toBe(206);
    const head = await fetch(await presigned(a), { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('10');
    expect((await download({ ...a, name: 'other.txt' })).status).toBe(404);
  });

  it('answers the route with 307 to presigned storage, which records request headers', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'r.txt', text: 'redirected bytes' });
    expect(a.download_url).toBe(routeOf(a));
    const first = await fetch(a.download_url, { headers: AUTH, redirect: 'manual' });
    expect(first.status).toBe(307);
    const location = new URL(first.headers.get('location') ?? '');
    expect(location.origin).toBe(sim.secondOrigin);
    expect(location.searchParams.get('X-Amz-Expires')).toBe('60');
    const followed = await download(a, { headers: { 'x-probe': 'one' } });
    expect(await followed.text()).toBe('redirected bytes');
    const seen = sim.control.getSecondOriginRequests();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', hadAuth: false, headers: expect.objectContaining({ 'x-probe': 'one' }) });
  });

  it('refuses a missing key on the route (401) and an Authorization header at the storage (400, XML)', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'p.txt', text: 'plain' });
    expect((await fetch(a.download_url)).status).toBe(401);
    const location = await presigned(a);
    const withKey = await fetch(location, { headers: { ...AUTH, range: 'bytes=0-3' } });
    expect(withKey.status).toBe(400);
    expect(withKey.headers.get('content-type')).toBe('application/xml');
    expect(await withKey.text()).toContain('<Code>InvalidArgument</Code>');
    expect(sim.control.getSecondOriginRequests().at(-1)).toMatchObject({ hadAuth: true, headers: expect.objectContaining({ authorization: 'Bearer cog_…(redacted)' }) });
    expect(await (await fetch(location)).text()).toBe('plain');
  });

  it('expires presigned URLs after 60 s of sim time; the route then gives a fresh one', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'e.txt', text: 'fresh' });
    const old = await presigned(a);
    sim.control.advanceClock(59_000);
    expect((await fetch(old)).status).toBe(200);
    sim.control.advanceClock(1_000);
    const expired = await fetch(old);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('<Message>Request has expired</Message>');
    const fresh = await presigned(a);
    expect(fresh).not.toBe(old);
    expect(await (await fetch(fresh)).text()).toBe('fresh');
    const forged = new URL(fresh);
    forged.pathname = `/org-sim/${sim.control.addSessionAttachment(s.session_id, { name: 'other.txt', text: 'secret' }).attachment_id}`;
    expect(await (await fetch(forged)).text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('answers attachment urls (web-app links) with the sign-in page, key or not', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'report.pdf', text: '%PDF-1.7' });
    expect(new URL(a.url).origin).toBe(sim.webAppOrigin);
    for (const headers of [{}, AUTH]) {
      const res = await fetch(a.url, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('Sign in to Devin');
    }
    expect(sim.control.getWebAppRequests().map((r) => r.hadAuth)).toEqual([false, true]);
  });

  it('streams big seeded attachments deterministically, with ranges anywhere', async () => {
    const s = sim.control.createSession();
    const size = 1024 ** 3;
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'huge.bin', size, pattern: 'seeded', seed: 7 });
    expect(a.size).toBe(size);
    expect(a.sha256).toBe(simAttachmentSha256(size, 7));
    const head = await download(a, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(size));
    const tail = await download(a, { headers: { range: `bytes=${size - 100}-` } });
    expect(tail.status).toBe(206);
    const tailBytes = Buffer.from(await tail.arrayBuffer());
    expect(tailBytes.equals(Buffer.concat([...seededChunks(7, size - 100, size)]))).toBe(true);
    const mid = Buffer.from(await (await download(a, { headers: { range: 'bytes=1048570-1048585' } })).arrayBuffer());
    expect(mid.equals(seededBytes(7, 1048586).subarray(1048570))).toBe(true);
  });

  it('serves a multi-megabyte seeded body whose hash matches the control answer', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'm.bin', size: 5 * 1024 * 1024 + 3, pattern: 'seeded' });
    const res = await download(a);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.length).toBe(5 * 1024 * 1024 + 3);
    expect(sha(bytes)).toBe(a.sha256);
    expect(a.sha256).not.toBe(simAttachmentSha256(5 * 1024 * 1024 + 3, 2));
  });
});
