import { describe, expect, it, vi } from 'vitest';

const shown: { opts: Record<string, unknown>; click?: () => void }[] = [];
const shell = { showItemInFolder: vi.fn(), openPath: vi.fn(async () => '') };
vi.mock('electron', () => {
  class Notification {
    static isSupported = () => true;
    rec: (typeof shown)[number];
    constructor(opts: Record<string, unknown>) {
      this.rec = { opts };
      shown.push(this.rec);
    }
    on(_e: string, fn: () => void) {
      this.rec.click = fn;
    }
    show() {}
  }
  return { Notification, shell };
});

const { showDownloadsFinished } = await import('./downloads-notification');

describe('showDownloadsFinished', () => {
  it('shows the notice and reveals the first file (or the folder) on click', () => {
    showDownloadsFinished({ title: 'Downloads finished', body: '3 files', dir: '/d', firstPath: '/d/a.txt', level: 'info' });
    expect(shown[0]?.opts).toMatchObject({ title: 'Downloads finished', body: '3 files' });
    shown[0]?.click?.();
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/d/a.txt');
    showDownloadsFinished({ title: 't', body: 'b', dir: '/d', firstPath: null, level: 'error' });
    shown[1]?.click?.();
    expect(shell.openPath).toHaveBeenCalledWith('/d');
  });
});
