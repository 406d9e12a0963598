import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadProgressView } from '../../shared/attachments/jobs';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { downloadFile } from './download-file';
import { DEFAULT_MAX_UPLOAD_BYTES, uploadAttachments } from './upload-attachments';
import { sha256Hex, fileSha, startAttachmentsHarness } from './test-harness';
import type { AttachmentsHarness } from './test-harness';

let h: AttachmentsHarness;
beforeAll(async () => {
  h = await startAttachmentsHarness();
});
afterAll(async () => {
  await h.close();
});

/** A file of `size` bytes that takes no disk space. */
async function sparseFile(path: string, size: number): Promise<void> {
  const handle = await open(path, 'w');
  await handle.truncate(size);
  await handle.close();
}

async function failure(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('uploadAttachments against devin-sim', () => {
  it('uploads files and returns urls that a reply can attach', async () => {
    const dir = await h.tempDir();
    const notes = join(dir, 'notes.md');
    const data = join(dir, 'data.bin');
    await writeFile(notes, '# hello\n');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 3, 7);
    await writeFile(data, bytes);
    const progress: UploadProgressView[] = [];
    const uploaded = await uploadAttachments(h.client, [{ path: notes }, { path: data }], { onProgress: (p) => progress.push(p) });
    expect(uploaded.map((u) => [u.name, u.bytes])).toEqual([
      ['notes.md', 8],
      ['data.bin', bytes.length],
    ]);
    expect(progress.filter((p) => p.fileIndex === 1).at(-1)).toMatchObject({ sentBytes: bytes.length, totalBytes: bytes.length });

    await h.client.sessions.sendMessage(h.sessionId, { message: 'see attached', attachment_urls: uploaded.map((u) => u.url) });
    const listed = await h.client.sessions.attachments(h.sessionId);
    const mine = listed.filter((a) => uploaded.some((u) => u.attachment_id === a.attachment_id));
    expect(mine.map((a) => [a.name, a.source])).toEqual([
      ['notes.md', 'user'],
      ['data.bin', 'user'],
    ]);
    // Back by the download route (id + name), as the app downloads; the listed url is a web-app link.
    const back = await downloadFile({ url: h.client.attachmentDownloadUrl(mine[1]!), auth: h.auth, dir: join(dir, 'back'), name: 'data.bin' });
    expect(await fileSha(back.path)).toBe(sha256Hex(bytes));
  });

  it('checks every size before sending anything, with a message naming the file and the limit', async () => {
    const dir = await h.tempDir();
    const small = join(dir, 'small.txt');
    const huge = join(dir, 'huge video.mp4');
    await writeFile(small, 'ok');
    await sparseFile(huge, DEFAULT_MAX_UPLOAD_BYTES + 1);
    h.sim.control.clearRequests();
    const err = await failure(uploadAttachments(h.client, [{ path: small }, { path: huge }]));
    expect(err.code).toBe('ATTACHMENT_TOO_LARGE');
    expect(err.message).toBe('“huge video.mp4” is 52428801 B; attachments can be at most 50 MB.');
    expect(translate('zh-CN', `error.${err.code}`, err.params)).toBe('“huge video.mp4”大小为 52428801 B，附件最大为 50 MB。');
    expect(h.sim.control.getRequests()).toEqual([]);

    const tight = await failure(uploadAttachments(h.client, [{ path: small }], { maxBytes: 1 }));
    expect(tight.params).toMatchObject({ name: 'small.txt', size: '2 B', limit: '1 B' });
  });

  it('refuses folders, missing files and relative paths', async () => {
    const dir = await h.tempDir();
    expect((await failure(uploadAttachments(h.client, [{ path: dir }]))).code).toBe('ATTACHMENT_NOT_A_FILE');
    expect((await failure(uploadAttachments(h.client, [{ path: join(dir, 'missing') }]))).code).toBe('ATTACHMENT_NOT_A_FILE');
    expect((await failure(uploadAttachments(h.client, [{ path: 'relative.txt' }]))).code).toBe('ATTACHMENT_NOT_A_FILE');
  });
});
