import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDownloadDir, shortSessionId } from './default-download-dir';
import { downloadsFinishedNotice } from './downloads-notice';
import { isRiskyToOpen } from './open-policy';
import { isTransient } from './attachment-error';
import { attachmentError, ATTACHMENT_ERROR_CODES } from './attachment-error';
import { allKeys } from '../../shared/i18n';

describe('defaultDownloadDir', () => {
  it('is ~/Downloads/Devin/<title>-<short id>', () => {
    expect(defaultDownloadDir('/home/u', 'Fix the login bug', 'devin-0123456789abcdef')).toBe(join('/home/u', 'Downloads', 'Devin', 'Fix the login bug-01234567'));
    expect(shortSessionId('devin-ab')).toBe('ab');
  });

  it('sanitises and shortens the title, and falls back when there is none', () => {
    expect(defaultDownloadDir('/h', '../../etc: passwd?', 'devin-1')).toBe(join('/h', 'Downloads', 'Devin', '_.._.._etc_ passwd_-1'));
    expect(defaultDownloadDir('/h', null, 'devin-xyz')).toBe(join('/h', 'Downloads', 'Devin', 'session-xyz'));
    expect(defaultDownloadDir('/h', '   ', 'devin-xyz')).toBe(join('/h', 'Downloads', 'Devin', 'session-xyz'));
    const long = defaultDownloadDir('/h', '标题'.repeat(50), 'devin-1');
    expect(Buffer.byteLength(long.split(/[\\/]/).at(-1) as string)).toBeLessThanOrEqual(63);
  });

  it('uses the folder from settings when set', () => {
    expect(defaultDownloadDir('/h', 'T', 'devin-1', '/data/devin')).toBe(join('/data/devin', 'T-1'));
  });
});

describe('downloadsFinishedNotice', () => {
  const base = { batchId: 'b', sessionId: 's', dir: '/d', cancelled: 0, paths: ['/d/a.txt'] };
  it('says how it went, in both languages', () => {
    expect(downloadsFinishedNotice({ ...base, done: 2, failed: 0 }, 'en')).toMatchObject({ level: 'info', title: 'Attachments downloaded', body: '2 files saved to /d', firstPath: '/d/a.txt' });
    expect(downloadsFinishedNotice({ ...base, done: 1, failed: 0 }, 'en')?.body).toBe('1 file saved to /d');
    expect(downloadsFinishedNotice({ ...base, done: 0, failed: 1, paths: [] }, 'en')?.body).toBe('1 file could not be downloaded. Open the app to retry.');
    expect(downloadsFinishedNotice({ ...base, done: 2, failed: 0 }, 'zh-CN')?.body).toBe('已将 2 个文件保存到 /d');
    expect(downloadsFinishedNotice({ ...base, done: 1, failed: 1 }, 'en')).toMatchObject({ level: 'warning', body: '1 saved, 1 failed. Open the app to retry.' });
    expect(downloadsFinishedNotice({ ...base, done: 0, failed: 3, paths: [] }, 'zh-CN')).toMatchObject({ level: 'error', title: '附件下载失败' });
    expect(downloadsFinishedNotice({ ...base, done: 0, failed: 0, cancelled: 2, paths: [] }, 'en')).toBeNull();
  });
});

describe('open policy and error classes', () => {
  it.each([
    ['report.pdf', false],
    ['photo.JPG', false],
    ['notes.md', false],
    ['setup.exe', true],
    ['Run.BAT', true],
    ['install.sh', true],
    ['Thing.app', true],
    ['payload.jar', true],
    ['disk.dmg', true],
    ['shortcut.lnk', true],
    ['README', true],
  ])('%s risky: %s', (name, risky) => {
    expect(isRiskyToOpen(name)).toBe(risky);
  });

  it('retries only transient failures', () => {
    expect(isTransient(attachmentError('ATTACHMENT_NETWORK'))).toBe(true);
    expect(isTransient(attachmentError('ATTACHMENT_HTTP', {}, { status: 503 }))).toBe(true);
    expect(isTransient(attachmentError('ATTACHMENT_HTTP', {}, { status: 501 }))).toBe(false);
    expect(isTransient(attachmentError('ATTACHMENT_HTTP', {}, { status: 400 }))).toBe(false);
    expect(isTransient(attachmentError('ATTACHMENT_LINK_EXPIRED'))).toBe(false);
    expect(isTransient(attachmentError('ATTACHMENT_DISK'))).toBe(false);
    expect(isTransient(new Error('x'))).toBe(false);
  });
});

describe('attachment error messages', () => {
  it('exist in both locales for every code', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const keys = new Set(allKeys(locale));
      expect(ATTACHMENT_ERROR_CODES.filter((code) => !keys.has(`error.${code}`))).toEqual([]);
    }
  });
});
