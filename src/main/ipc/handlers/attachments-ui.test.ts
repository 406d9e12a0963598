import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { MAX_REPLY_FILES } from '../../../shared/ipc/channels/attachments-ui';
import { createPathHandles } from '../../security/path-handles';
import { attachmentsUiHandlers } from './attachments-ui';

const ctx = { senderUrl: 'app://renderer', senderId: '3' };
const handle = expect.stringMatching(/^file-[A-Za-z0-9_-]{22}$/);

describe('attachments:chooseFiles', () => {
  it('asks the picker in the UI language and hands back a handle per absolute, distinct path', async () => {
    const asked: { title: string; buttonLabel: string }[] = [];
    const handles = createPathHandles();
    const handlers = attachmentsUiHandlers({
      handles,
      locale: () => 'zh-CN',
      chooseFiles: async (opts) => {
        asked.push(opts);
        return ['/tmp/a.txt', 'relative.txt', '/tmp/a.txt', '/tmp/b.png'];
      },
    });
    const picked = await handlers['attachments:chooseFiles'](undefined, ctx);
    expect(picked).toEqual([
      { handle, name: 'a.txt', path: '/tmp/a.txt' },
      { handle, name: 'b.png', path: '/tmp/b.png' },
    ]);
    expect(asked).toEqual([{ title: '选择要附加的文件', buttonLabel: '附加' }]);
    // Each handle names its file for this page only.
    expect(handles.resolve('3', 'file', picked[1]!.handle, 'files.0')).toBe('/tmp/b.png');
    expect(() => handles.resolve('4', 'file', picked[1]!.handle, 'files.0')).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });

  it('returns [] when dismissed and caps what one reply can take', async () => {
    let answer: string[] = [];
    const handlers = attachmentsUiHandlers({ handles: createPathHandles(), locale: () => 'en', chooseFiles: async () => answer });
    expect(await handlers['attachments:chooseFiles'](undefined, ctx)).toEqual([]);
    answer = Array.from({ length: 30 }, (_, i) => `/f/${i}.txt`);
    expect(await handlers['attachments:chooseFiles'](undefined, ctx)).toHaveLength(MAX_REPLY_FILES);
  });

  it('says to drop files when there is no dialog', async () => {
    const handlers = attachmentsUiHandlers({ handles: createPathHandles(), locale: () => 'en' });
    const err = await Promise.resolve(handlers['attachments:chooseFiles'](undefined, ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('ATTACHMENTS_NO_FILE_DIALOG');
  });
});

describe('attachments:registerDrop (the preload\'s channel)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'devin-tray-drop-'));
    await writeFile(join(dir, 'trace.txt'), 'x');
    await mkdir(join(dir, 'project'));
    await symlink(join(dir, 'trace.txt'), join(dir, 'link.txt'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives each dropped file or folder a handle of its kind, and null for what is not on disk', async () => {
    const handles = createPathHandles();
    const handlers = attachmentsUiHandlers({ handles, locale: () => 'en' });
    const items = await handlers['attachments:registerDrop']({ paths: [join(dir, 'trace.txt'), '', join(dir, 'project'), 'relative', join(dir, 'gone.txt'), join(dir, 'link.txt')] }, ctx);
    expect(items).toEqual([
      { handle, name: 'trace.txt', path: join(dir, 'trace.txt'), kind: 'file' },
      null,
      { handle: expect.stringMatching(/^folder-/), name: 'project', path: join(dir, 'project'), kind: 'folder' },
      null,
      null,
      { handle, name: 'link.txt', path: join(dir, 'link.txt'), kind: 'file' },
    ]);
    expect(handles.resolve('3', 'folder', items[2]!.handle, 'folder')).toBe(join(dir, 'project'));
  });
});
