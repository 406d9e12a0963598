import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item,
 * for the parts this app is subject to. Each assertion fails if the matching safeguard is removed.
 */

const root = resolve(__dirname, '../../..');
const windows: { options: Record<string, unknown>; handlers: Record<string, (...a: unknown[]) => unknown>; openHandler?: (d: unknown) => unknown }[] = [];
const sessionHooks = {
  permissionRequest: undefined as undefined | ((...a: unknown[]) => void),
  permissionCheck: undefined as undefined | ((...a: unknown[]) => boolean),
  headersReceived: undefined as undefined | { filter: unknown; fn: (d: unknown, cb: (r: unknown) => void) => void },
};
const protocolHandlers = new Map<string, (req: Request) => Promise<Response>>();
const exposed = new Map<string, unknown>();
const ipcInvokes: unknown[][] = [];
const ipcMainHandlers = new Map<string, (...a: unknown[]) => unknown>();

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: unknown;
    constructor(options: Record<string, unknown>) {
      const rec: (typeof windows)[number] = { options, handlers: {} };
      windows.push(rec);
      this.webContents = {
        on: (name: string, fn: (...a: unknown[]) => unknown) => {
          rec.handlers[name] = fn;
        },
        setWindowOpenHandler: (fn: (d: unknown) => unknown) => {
          rec.openHandler = fn;
        },
      };
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    shell: {},
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: (...a: unknown[]) => void) => (sessionHooks.permissionRequest = fn),
        setPermissionCheckHandler: (fn: (...a: unknown[]) => boolean) => (sessionHooks.permissionCheck = fn),
        webRequest: { onHeadersReceived: (filter: unknown, fn: (d: unknown, cb: (r: unknown) => void) => void) => (sessionHooks.headersReceived = { filter, fn }) },
      },
    },
    protocol: { handle: (scheme: string, fn: (req: Request) => Promise<Response>) => protocolHandlers.set(scheme, fn) },
    net: {
      fetch: async (req: Request) => new Response(`body of ${req.url}`, { status: 200, headers: { 'content-type': 'text/html', 'content-security-policy': 'default-src *' } }),
    },
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    // Like Electron: a path for a File the OS gave (dropped or picked), '' for one the page made up.
    webUtils: { getPathForFile: (f: { osPath?: string }) => f.osPath ?? '' },
    ipcRenderer: {
      invoke: (...a: unknown[]) => {
        ipcInvokes.push(a);
        return Promise.resolve({ ok: true, value: null });
      },
      on: vi.fn(),
      removeListener: vi.fn(),
    },
    ipcMain: {
      handle: (ch: string, fn: (...a: unknown[]) => unknown) => ipcMainHandlers.set(ch, fn),
      removeHandler: (ch: string) => ipcMainHandlers.delete(ch),
    },
  };
});

const { createMainWindow, hardenDefaultSession } = await import('./window');
const { installRendererProtocol } = await import('./renderer-protocol');
const { RENDERER_CSP, parseCsp } = await import('./csp-model');
const { registerIpc, INVOKE_CHANNEL } = await import('./ipc-bridge');
const { createRouter } = await import('../ipc/router');
const { isTrustedSenderUrl } = await import('../security/trusted-sender');
const { createExternalUrlPolicy } = await import('../security/external-url');
const { shellHandlers } = await import('../ipc/handlers/shell');
const { openLink } = await import('../security/open-link');
const { APP_ID } = await import('./app-identity');

const RENDERER = pathToFileURL(join(root, 'out/renderer/index.html')).href;

describe('Electron security checklist', () => {
  beforeEach(() => {
    windows.length = 0;
  });

  it('#2–4 no Node in the renderer, context isolation, sandbox', () => {
    createMainWindow({ url: RENDERER, preloadPath: '/p.js', show: false });
    const prefs = windows[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['nodeIntegration']).toBe(false);
    expect(prefs['contextIsolation']).toBe(true);
    expect(prefs['sandbox']).toBe(true);
    expect(prefs['nodeIntegrationInWorker']).toBeFalsy();
    expect(prefs['nodeIntegrationInSubFrames']).toBeFalsy();
  });

  it('#6, #9, #10, #11 web security on, no insecure content, no experimental or extra Blink features, no <webview>', () => {
    createMainWindow({ url: RENDERER, preloadPath: '/p.js', show: false });
    const prefs = windows[0]?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['webSecurity']).toBe(true);
    expect(prefs['allowRunningInsecureContent']).toBe(false);
    expect(prefs['experimentalFeatures']).toBeFalsy();
    expect(prefs['enableBlinkFeatures']).toBeUndefined();
    expect(prefs['webviewTag']).toBe(false);
    const event = { preventDefault: vi.fn() };
    windows[0]?.handlers['will-attach-webview']?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('#5 permission requests and checks are denied, whatever is asked', () => {
    hardenDefaultSession();
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const cb = vi.fn();
      sessionHooks.permissionRequest?.({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(sessionHooks.permissionCheck?.({}, permission)).toBe(false);
    }
  });

  it('#7 CSP: the page meta is strict and equals the header main sends', () => {
    const html = readFileSync(join(root, 'src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP);
    const csp = parseCsp(RENDERER_CSP);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    for (const sources of csp.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain('*');
    }
  });

  it('#7 CSP header on every renderer file response; #18-style file: confinement (403 outside out/renderer)', async () => {
    installRendererProtocol(RENDERER);
    const handle = protocolHandlers.get('file')!;
    const ok = await handle(new Request(pathToFileURL(join(root, 'out/renderer/assets/index.js')).href));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    const denied = await handle(new Request('file:///etc/passwd'));
    expect(denied.status).toBe(403);
    const escaped = await handle(new Request(pathToFileURL(join(root, 'out/main/index.js')).href));
    expect(escaped.status).toBe(403);
  });

  it('#7 dev server: its responses get the CSP header too', () => {
    installRendererProtocol('http://localhost:5173/');
    const cb = vi.fn();
    sessionHooks.headersReceived?.fn({ responseHeaders: { 'Content-Type': ['text/html'] } }, cb);
    const headers = (cb.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders;
    expect(headers['Content-Security-Policy']?.[0]).toContain("object-src 'none'");
    expect(sessionHooks.headersReceived?.filter).toEqual({ urls: ['http://localhost:5173/*'] });
  });

  it('#13 navigation is limited to the app page; #14 new windows are denied', () => {
    createMainWindow({ url: RENDERER, preloadPath: '/p.js', show: false });
    const rec = windows[0]!;
    for (const target of ['https://evil.example/', 'file:///etc/passwd', `${RENDERER}/../../main/index.js`, 'devin-tray://handoff?path=/']) {
      const e = { preventDefault: vi.fn() };
      rec.handlers['will-navigate']?.(e, target);
      expect(e.preventDefault).toHaveBeenCalled();
    }
    expect(rec.openHandler?.({ url: 'https://app.devin.ai/' })).toEqual({ action: 'deny' });
  });

  it('#15 openExternal only for allow-listed https URLs', async () => {
    const opened: string[] = [];
    const policy = createExternalUrlPolicy(() => ['https://app.devin.ai']);
    const { 'shell:openExternal': open } = shellHandlers((url) =>
      openLink(url, { policy, confirm: async () => true, locale: () => 'en', openExternal: async (u) => void opened.push(u) }),
    );
    const ctx = { senderUrl: RENDERER };
    for (const bad of ['http://app.devin.ai/', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'https://app.devin.ai@evil.example/', 'https://evil.example/']) {
      await expect(Promise.resolve().then(() => open(bad, ctx))).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED' });
    }
    await open('https://app.devin.ai/sessions/x', ctx);
    expect(opened).toEqual(['https://app.devin.ai/sessions/x']);
  });

  it('#17 IPC: every message is checked against the sender frame, and validated', async () => {
    const handler = vi.fn(() => ({ name: 'x' }));
    const router = createRouter({ 'app:info': handler } as never, {
      isTrustedSender: (url) => isTrustedSenderUrl(url, [RENDERER]),
      serializeError: (err) => ({ code: (err as { code?: string }).code ?? 'INTERNAL', message: String(err) }),
    });
    registerIpc(router);
    const invoke = ipcMainHandlers.get(INVOKE_CHANNEL)!;
    expect(await invoke({ senderFrame: { url: 'https://evil.example/' } }, 'app:info', undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await invoke({ senderFrame: null }, 'app:info', undefined)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await invoke({ senderFrame: { url: RENDERER } }, 'app:info', 'unexpected')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(handler).not.toHaveBeenCalled();
    expect(await invoke({ senderFrame: { url: RENDERER } }, 'app:info', undefined)).toEqual({ ok: true, value: { name: 'x' } });
  });

  it('#20 preload exposes one frozen transport (invoke/on) and a drop registration, never ipcRenderer itself', async () => {
    await import('../../preload/index');
    expect([...exposed.keys()]).toEqual(['devinTrayTransport', 'devinTrayFiles']);
    const files = exposed.get('devinTrayFiles') as Record<string, unknown>;
    expect(Object.isFrozen(files)).toBe(true);
    expect(Object.keys(files)).toEqual(['registerDrop']);
    const api = exposed.get('devinTrayTransport') as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    const invoke = api['invoke'] as (c: unknown, r: unknown) => Promise<unknown>;
    await invoke('app:info', undefined);
    expect(ipcInvokes).toEqual([[INVOKE_CHANNEL, 'app:info', undefined]]);

    // The page cannot reach the drop registration through the transport (it would name any path it liked).
    for (const channel of ['attachments:registerDrop', { toString: () => 'app:info' }, 42]) {
      expect(await invoke(channel, { paths: ['/home/me/.ssh/id_rsa'] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(ipcInvokes).toHaveLength(1);

    // Only the preload registers a drop, with the paths webUtils gave ('' for a File the page made up).
    const registerDrop = files['registerDrop'] as (f: unknown[]) => Promise<unknown>;
    await registerDrop([{ name: 'a.txt', osPath: '/dropped/a.txt' }, { name: 'fake.txt' }]);
    expect(ipcInvokes[1]).toEqual([INVOKE_CHANNEL, 'attachments:registerDrop', { paths: ['/dropped/a.txt', ''] }]);
  });

  it('packaging: asar with the keychain binding unpacked, fuses locked, appId matches main', () => {
    const require = createRequire(__filename);
    const yaml = require('js-yaml') as { load(text: string): Record<string, unknown> };
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
    expect(config['appId']).toBe(APP_ID);
    expect(config['asar']).toBe(true);
    expect(config['electronFuses']).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { desktopName?: string };
    expect(pkg.desktopName).toBe('devin-tray.desktop');
  });
});
