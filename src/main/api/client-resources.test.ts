import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../../sim/server';
import type { AppError } from '../../shared/errors';
import type { ApiError } from './api-error';
import { createDevinClient } from './client';
import { rejectionOf, useSim } from './sim-fixture';
import type { UploadProgress } from './multipart';

const fx = useSim();

describe('knowledge', () => {
  it('create, list (filtered, paginated), replace, delete notes; list folders', async () => {
    const c = fx.client().knowledge;
    const folder = fx.sim.control.createKnowledgeFolder({ name: 'Docs' });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await c.createNote({ name: `note ${i}`, body: i === 3 ? 'mentions zebra' : 'body', trigger: 'always' }));
    const inFolder = await c.createNote({ name: 'filed', body: 'b', trigger: 't', folder_id: folder.folder_id, pinned_repo: 'o/r' });
    expect(inFolder).toMatchObject({ folder_id: folder.folder_id, pinned_repo: 'o/r', is_enabled: true });

    const p1 = await c.listNotes({ first: 4 });
    expect(p1.items).toHaveLength(4);
    expect(p1.has_next_page).toBe(true);
    const all = await c.listAllNotes({ first: 4 });
    expect(all).toMatchObject({ complete: true });
    expect(all.items).toHaveLength(6);

    expect((await c.listNotes({ search: 'zebra' })).items.map((n) => n.name)).toEqual(['note 3']);
    expect((await c.listNotes({ pinned_repo: 'o/r' })).items.map((n) => n.name)).toEqual(['filed']);

    const replaced = await c.updateNote(made[0]!.note_id, { name: 'renamed', body: 'new body', trigger: 'when asked', is_enabled: false });
    expect(replaced).toMatchObject({ note_id: made[0]!.note_id, name: 'renamed', is_enabled: false });
    expect(fx.sim.control.getRequests().at(-1)?.method).toBe('PUT');

    const deleted = await c.deleteNote(made[1]!.note_id);
    expect(deleted.note_id).toBe(made[1]!.note_id);
    expect((await c.listAllNotes()).items).toHaveLength(5);

    const folders = await c.listFolders();
    expect(folders.folders.map((f) => f.name)).toContain('Docs');
  });
});

describe('playbooks', () => {
  it('create, get, list over pages, replace, delete', async () => {
    const c = fx.client().playbooks;
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await c.create({ title: `PB ${i}`, body: 'steps', macro: i === 0 ? '!pb0' : null })).playbook_id);
    expect(await c.get(ids[0]!)).toMatchObject({ title: 'PB 0', body: 'steps', macro: '!pb0' });
    const page = await c.list({ first: 2 });
    expect(page).toMatchObject({ has_next_page: true });
    expect((await c.listAll({ first: 2 })).items.map((p) => p.title)).toEqual(['PB 0', 'PB 1', 'PB 2']);
    expect(await c.update(ids[1]!, { title: 'PB one', body: 'new' })).toMatchObject({ title: 'PB one', body: 'new', macro: null });
    expect((await c.delete(ids[2]!)).playbook_id).toBe(ids[2]);
    expect(((await rejectionOf(c.get(ids[2]!))) as ApiError).code).toBe('NOT_FOUND');
  });
});

describe('schedules', () => {
  it('create, get, offset pagination, PATCH only the given fields, delete', async () => {
    const c = fx.client().schedules;
    const pb = await fx.client().playbooks.create({ title: 'Nightly PB', body: 'b' });
    const made = [];
    for (let i = 0; i < 5; i++) {
      made.push(await c.create({ name: `S${i}`, prompt: 'run tests', frequency: '0 9 * * 1-5', notify_on: 'failure', playbook_id: pb.playbook_id }));
    }
    const first = made[0]!;
    expect(first).toMatchObject({ name: 'S0', enabled: true, frequency: '0 9 * * 1-5', playbook: { playbook_id: pb.playbook_id } });
    expect(first.schedule_id).not.toBe('');
    expect(await c.get(first.schedule_id)).toMatchObject({ name: 'S0' });

    const p1 = await c.list({ limit: 2, offset: 0 });
    expect(p1).toMatchObject({ has_next_page: true, total: 5 });
    expect(fx.sim.control.getRequests().at(-1)?.query).toEqual({ limit: '2', offset: '0' });
    fx.sim.control.clearRequests();
    const all = await c.listAll({ limit: 2 });
    expect(all.complete).toBe(true);
    expect(all.items.map((s) => s.name)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    expect(fx.sim.control.getRequests().map((r) => r.query.offset)).toEqual(['0', '2', '4']);

    const patched = await c.update(first.schedule_id, { enabled: false, playbook_id: null });
    expect(patched).toMatchObject({ enabled: false, playbook: null, name: 'S0', frequency: '0 9 * * 1-5', notify_on: 'failure' });

    await c.delete(made[4]!.schedule_id);
    expect((await c.listAll()).items).toHaveLength(4);
  });

  it('422 on a bad cron names the field', async () => {
    const e = (await rejectionOf(fx.client().schedules.create({ name: 'x', prompt: 'p', frequency: 'every tuesday' }))) as ApiError;
    expect(e.code).toBe('VALIDATION');
    expect(e.details.fieldErrors?.[0]?.field).toBe('frequency');
  });
});

describe('attachments', () => {
  it('uploads bytes, a Blob and a stream as multipart `file`, with progress', async () => {
    const c = fx.client();
    const bytes = Buffer.from('hello attachment');
    const progress: UploadProgress[] = [];
    const up = await c.uploadAttachment({ name: 'notes ü.txt', data: bytes, contentType: 'text/plain', onProgress: (p) => progress.push(p) });
    expect(up.name).toBe('notes ü.txt');
    expect(progress.at(-1)).toEqual({ sentBytes: bytes.length, totalBytes: bytes.length });

    const blobUp = await c.uploadAttachment({ name: 'b.bin', data: new Blob([new Uint8Array(300_000).fill(7)]) });
    const stream = new ReadableStream<Uint8Array>({
      start(ctrl) {
        ctrl.enqueue(new TextEncoder().encode('streamed '));
        ctrl.enqueue(new TextEncoder().encode('bytes'));
        ctrl.close();
      },
    });
    const streamUp = await c.uploadAttachment({ name: 's.txt', data: stream });

    // Round trip: the uploaded bytes come back by the download route (id + name), not the returned url.
    const got = Buffer.from(await (await c.downloadAttachment(up)).arrayBuffer());
    expect(got.toString()).toBe('hello attachment');
    const blobBack = Buffer.from(await (await c.downloadAttachment(blobUp)).arrayBuffer());
    expect(blobBack.length).toBe(300_000);
    expect(createHash('sha256').update(blobBack).digest('hex')).toBe(createHash('sha256').update(Buffer.alloc(300_000, 7)).digest('hex'));
    expect(await (await c.downloadAttachment(streamUp)).text()).toBe('streamed bytes');

    // The uploaded url can be referenced when creating a session.
    const s = await c.sessions.create({ prompt: 'see file', attachment_urls: [up.url] });
    expect((await c.sessions.attachments(s.session_id)).map((a) => a.attachment_id)).toContain(up.attachment_id);
  });

  it('a read-only key gets FORBIDDEN on upload', async () => {
    const e = (await rejectionOf(fx.client({ apiKey: SIM_KEYS.readonly }).uploadAttachment({ name: 'x', data: Buffer.from('x') }))) as ApiError;
    expect(e).toMatchObject({ code: 'FORBIDDEN' });
    expect(e.details.detail).toMatch(/Missing permission: UseDevinSessions/);
  });

  it('downloads by the org route, following its 307 to storage without sending the key there', async () => {
    const s = fx.sim.control.createSession();
    const att = fx.sim.control.addSessionAttachment(s.session_id, { name: 'big.bin', size: 70_000, pattern: 'seeded' });
    const c = fx.client();
    const [listed] = await c.sessions.attachments(s.session_id);
    expect(c.attachmentDownloadUrl(listed!)).toBe(att.download_url);
    const res = await c.downloadAttachment(listed!);
    const body = Buffer.from(await res.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(att.sha256);
    const second = fx.sim.control.getSecondOriginRequests();
    expect(second.length).toBe(1);
    expect(second.every((r) => !r.hadAuth)).toBe(true);
    expect(fx.logs.map((l) => [new URL(l.url).origin, l.status])).toEqual([
      [fx.sim.baseUrl, 200],
      [fx.sim.baseUrl, 307],
      [fx.sim.secondOrigin, 200],
    ]);
    // The presigned query (a signature) never reaches the request log.
    expect(fx.logs.map((l) => l.url).join(' ')).not.toContain('X-Amz-Signature=');
    // The listed url is a web-app link: never fetched.
    expect(fx.sim.control.getWebAppRequests()).toEqual([]);
  });

  it('refuses to save the web app sign-in page or a storage error as the file', async () => {
    const s = fx.sim.control.createSession();
    const att = fx.sim.control.addSessionAttachment(s.session_id, { name: 'data.csv', text: 'a,b' });
    // Storage that answers with the web app's sign-in page (a misrouted proxy): HTML for a CSV.
    const html = createDevinClient({
      baseUrl: fx.sim.baseUrl,
      apiKey: SIM_KEYS.org,
      orgId: 'org-sim',
      fetch: async (input, init) => (String(input).startsWith(fx.sim.secondOrigin) ? fetch(att.url) : fetch(input, init)),
    });
    const page = (await rejectionOf(html.downloadAttachment(att))) as AppError;
    expect(page).toMatchObject({ code: 'ATTACHMENT_HTML_PAGE', params: { name: 'data.csv' } });
    // An expired presigned URL: storage's XML error becomes a clear, retryable error.
    const expiring = createDevinClient({
      baseUrl: fx.sim.baseUrl,
      apiKey: SIM_KEYS.org,
      orgId: 'org-sim',
      fetch: async (input, init) => {
        if (String(input).startsWith(fx.sim.secondOrigin)) fx.sim.control.advanceClock(61_000);
        return fetch(input, init);
      },
    });
    const expired = (await rejectionOf(expiring.downloadAttachment(att))) as AppError;
    expect(expired).toMatchObject({ code: 'ATTACHMENT_STORAGE_ERROR', params: { status: 403, code: 'AccessDenied', message: 'Request has expired' }, details: { retryable: true } });
  });
});
