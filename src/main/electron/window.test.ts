import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron glue is the one place we mock: there is no Electron binary on this machine.
const created: { options: Record<string, unknown>; handlers: Record<string, (...a: unknown[]) => void>; openHandler?: () => unknown; loaded?: string }[] = [];
const permission = { request: undefined as undefined | ((...a: unknown[]) => void), check: undefined as undefined | (() => boolean) };

vi.mock('electron', () => {
  class BrowserWindow {
    record: (typeof created)[number];
    webContents: unknown;
    constructor(options: Record<string, unknown>) {
      this.record = { options, handlers: {} };
      created.push(this.record);
      const rec = this.record;
      this.webContents = {
        on: (name: string, fn: (...a: unknown[]) => void) => {
          rec.handlers[name] = fn;
        },
        setWindowOpenHandler: (fn: () => unknown) => {
          rec.openHandler = fn;
        },
      };
    }
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    shell: {},
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: (...a: unknown[]) => void) => {
          permission.request = fn;
        },
        setPermissionCheckHandler: (fn: () => boolean) => {
          permission.check = fn;
        },
      },
    },
  };
});

const { createMainWindow, hardenDefaultSession } = await import('./window');

describe('createMainWindow', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('isolates, sandboxes and disables Node in the renderer', () => {
    createMainWindow({ url: 'file:///app/out/renderer/index.html', preloadPath: '/app/out/preload/index.js', show: false });
    const prefs = created[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(created[0]?.loaded).toBe('file:///app/out/renderer/index.html');
  });

  it('denies navigation away from the app, webviews and every new window', () => {
    createMainWindow({ url: 'file:///app/index.html', preloadPath: '/p.js', show: false });
    const rec = created[0]!;
    const nav = { preventDefault: vi.fn() };
    rec.handlers['will-navigate']?.(nav, 'https://evil.example/');
    expect(nav.preventDefault).toHaveBeenCalledOnce();
    const same = { preventDefault: vi.fn() };
    rec.handlers['will-navigate']?.(same, 'file:///app/index.html');
    expect(same.preventDefault).not.toHaveBeenCalled();
    const wv = { preventDefault: vi.fn() };
    rec.handlers['will-attach-webview']?.(wv);
    expect(wv.preventDefault).toHaveBeenCalledOnce();
    expect(rec.openHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('hardenDefaultSession', () => {
  it('denies every permission request and check', () => {
    hardenDefaultSession();
    const cb = vi.fn();
    permission.request?.({}, 'notifications', cb);
    permission.request?.({}, 'media', cb);
    expect(cb.mock.calls).toEqual([[false], [false]]);
    expect(permission.check?.()).toBe(false);
  });
});
