import { describe, expect, it } from 'vitest';
import { isFinishedSession, shouldAutoDownload } from './auto-download';
import { attachmentSettingsSchema, DEFAULT_ATTACHMENT_SETTINGS } from './settings';
import { formatBytes } from './format-bytes';

const on = { autoDownloadAttachments: true };
const running = { status: 'running', status_detail: 'working' };
const finished = { status: 'running', status_detail: 'finished' };
const exited = { status: 'exit', status_detail: null };

describe('shouldAutoDownload', () => {
  it.each([
    ['working → finished', running, finished, on, true, true],
    ['working → exit', running, exited, on, true, true],
    ['waiting → finished', { status: 'running', status_detail: 'waiting_for_user' }, finished, on, true, true],
    ['finished → exit (already finished)', finished, exited, on, true, false],
    ['finished → finished (no transition)', finished, finished, on, true, false],
    ['first sight of a finished session', null, finished, on, true, false],
    ['not watched', running, finished, on, false, false],
    ['setting off', running, finished, { autoDownloadAttachments: false }, true, false],
    ['working → error', running, { status: 'error' }, on, true, false],
    ['finished → suspended', finished, { status: 'suspended', status_detail: 'inactivity' }, on, true, false],
  ])('%s', (_label, prev, next, settings, watched, expected) => {
    expect(shouldAutoDownload(prev, next, settings, watched)).toBe(expected);
  });

  it('knows finished sessions', () => {
    expect(isFinishedSession(finished)).toBe(true);
    expect(isFinishedSession({ status: 'suspended', status_detail: 'finished' })).toBe(false);
  });
});

describe('attachment settings', () => {
  it('defaults to the Downloads/Devin root and no auto-download, and fills old files', () => {
    expect(DEFAULT_ATTACHMENT_SETTINGS).toEqual({ attachmentsFolder: null, autoDownloadAttachments: false });
    expect(attachmentSettingsSchema.parse({ autoDownloadAttachments: true })).toEqual({ attachmentsFolder: null, autoDownloadAttachments: true });
    expect(attachmentSettingsSchema.safeParse({ autoDownloadAttachments: 'yes' }).success).toBe(false);
  });

  it('formats sizes', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatBytes(1024 ** 3 * 1.25)).toBe('1.3 GB');
    expect(formatBytes(-1)).toBe('?');
  });
});
