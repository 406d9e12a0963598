import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { MAX_REPLY_FILES } from '../../../shared/ipc/channels/attachments-ui';
import { attachmentsUiHandlers } from './attachments-ui';

const ctx = { senderUrl: 'app://renderer' };

describe('attachments:chooseFiles', () => {
  it('asks the picker in the UI language and keeps only absolute, distinct paths', async () => {
    const asked: { title: string; buttonLabel: string }[] = [];
    const handlers = attachmentsUiHandlers({
      locale: () => 'zh-CN',
      chooseFiles: async (opts) => {
        asked.push(opts);
        return ['/tmp/a.txt', 'relative.txt', '/tmp/a.txt', '/tmp/b.png'];
      },
    });
    expect(await handlers['attachments:chooseFiles'](undefined, ctx)).toEqual(['/tmp/a.txt', '/tmp/b.png']);
    expect(asked).toEqual([{ title: '选择要附加的文件', buttonLabel: '附加' }]);
  });

  it('returns [] when dismissed and caps what one reply can take', async () => {
    let answer: string[] = [];
    const handlers = attachmentsUiHandlers({ locale: () => 'en', chooseFiles: async () => answer });
    expect(await handlers['attachments:chooseFiles'](undefined, ctx)).toEqual([]);
    answer = Array.from({ length: 30 }, (_, i) => `/f/${i}.txt`);
    expect(await handlers['attachments:chooseFiles'](undefined, ctx)).toHaveLength(MAX_REPLY_FILES);
  });

  it('says to drop files when there is no dialog', async () => {
    const handlers = attachmentsUiHandlers({ locale: () => 'en' });
    const err = await Promise.resolve(handlers['attachments:chooseFiles'](undefined, ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('ATTACHMENTS_NO_FILE_DIALOG');
  });
});
