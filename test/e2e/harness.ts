import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { assertNoContractViolations, startSim } from '../../src/sim/server';
import type { SimHandle } from '../../src/sim/server';
import { createCore } from '../../src/main/core';
import type { CoreOptions } from '../../src/main/core';
import { serveStatic } from './static-server';
import type { Envelope } from '../../src/shared/ipc/contract';
import type { AppNotification } from '../../src/shared/sessions/notification-policy';
import { FakeKeychain } from '../../src/main/account/testing/fake-keychain';
import { isPageCallable } from '../../src/shared/ipc/preload-only';
import type { ConfirmRequest } from '../../src/main/security/confirm-port';

export interface HarnessOptions {
  /** Extra settings written before the core starts (apiBaseUrl defaults to the sim). */
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  osLocale?: string;
  simSeed?: 'empty' | 'demo';
  /** Use the OS keychain (the preview); tests use an in-process keychain they can inspect. */
  realKeychain?: boolean;
  /** The in-process keychain fails like a desktop without a Secret Service from the start. */
  keychainUnavailable?: boolean;
  /** The built renderer to serve (default out/renderer); `npm run preview` also serves an older build to compare. */
  rendererDir?: string;
  /** Self-updating (default: none, as in a development run). */
  updates?: CoreOptions['updates'];
  /** How requests leave the machine (default: Node with the proxy variables of `env`). */
  createNetwork?: CoreOptions['createNetwork'];
}

export interface IpcRecord {
  channel: string;
  request: unknown;
  response: Envelope<unknown>;
}

/**
 * The end-to-end rig of architecture §6: the built renderer in Chromium; its `devinTray` bridge is
 * the same createBridge() as preload, but the transport is a Playwright binding into the REAL main
 * router + services, talking HTTP to a real devin-sim. Everything but the Electron glue is exercised.
 */
export class Harness {
  sim!: SimHandle;
  core!: ReturnType<typeof createCore>;
  userDataDir!: string;
  ipcLog: IpcRecord[] = [];
  eventLog: { event: string; payload: unknown }[] = [];
  /** What main wrote to its app log (the API client's request log goes there too). */
  appLog: string[] = [];
  externalOpened: string[] = [];
  /** Native notifications main would show (the Electron glue displays exactly these). */
  notifications: AppNotification[] = [];
  /** The keychain the core uses, when not the real one: tests read what was stored. */
  keychain: FakeKeychain | null = null;
  /** Every keychain entry by name (#16: one per account; 'api-key' is `keychain`), when not the real one. */
  keychains = new Map<string, FakeKeychain>();
  /** Dropped file name → path on disk (what Electron's webUtils.getPathForFile would say); see registerDropPath. */
  dropPaths = new Map<string, string>();
  /** The questions main asked in its own dialog (API URL change, a link on an unknown host). */
  confirmations: ConfirmRequest[] = [];
  /** How the user answers main's dialog; no by default (as when a dialog is dismissed). */
  answerConfirm: (q: ConfirmRequest) => boolean | Promise<boolean> = () => false;
  /** Added to the clock of main's wait after a refused question (a test moves past the wait). */
  confirmClockOffsetMs = 0;
  /** What the "Choose folder…" dialog returns (null: the user cancelled). */
  folderChoice: string | null = null;
  /** What the "Attach files…" dialog returns ([]: the user cancelled). */
  filesChoice: string[] = [];
  /** What main asked the OS file manager to do (reveal / open a downloaded file). */
  shellActions: { action: 'showItemInFolder' | 'openPath'; path: string }[] = [];
  /** "Downloads finished" notices the glue would show natively. */
  downloadNotices: unknown[] = [];
  private staticServer!: { url: string; close: () => Promise<void> };
  private pages = new Set<Page>();
  private nextSenderId = 1;

  constructor(private readonly opts: HarnessOptions = {}) {}

  get rendererUrl(): string {
    return this.staticServer.url;
  }

  async start(): Promise<this> {
    // Every exchange of the run is held to the v3 contract; stop() fails the test on a violation.
    this.sim = await startSim({ seed: this.opts.simSeed ?? 'empty', checkContract: true });
    this.userDataDir = mkdtempSync(join(tmpdir(), 'devin-tray-e2e-'));
    mkdirSync(this.userDataDir, { recursive: true });
    writeFileSync(
      join(this.userDataDir, 'settings.json'),
      JSON.stringify({ version: 1, apiBaseUrl: this.sim.baseUrl, ...this.opts.settings }),
    );
    this.staticServer = await serveStatic(this.opts.rendererDir ?? resolve(__dirname, '../../out/renderer'));
    this.keychain = this.opts.realKeychain ? null : new FakeKeychain();
    if (this.keychain && this.opts.keychainUnavailable) this.keychain.unavailable = true;
    if (this.keychain) this.keychains.set('api-key', this.keychain);
    const keychainFor = (entry: string) => {
      let k = this.keychains.get(entry);
      if (!k) this.keychains.set(entry, (k = new FakeKeychain()));
      return k;
    };
    this.core = createCore({
      ...(this.keychain ? { keychain: this.keychain, keychainFor } : {}),
      ...(this.opts.createNetwork ? { createNetwork: this.opts.createNetwork } : {}),
      userDataDir: this.userDataDir,
      env: { ...this.opts.env },
      osLocale: this.opts.osLocale ?? 'en-US',
      runtime: 'preview',
      confirmClock: () => Date.now() + this.confirmClockOffsetMs,
      trustedRendererUrls: [this.staticServer.url],
      openExternal: async (url: string) => {
        this.externalOpened.push(url);
      },
      confirm: async (q: ConfirmRequest) => {
        this.confirmations.push(q);
        return this.answerConfirm(q);
      },
      version: '0.0.0-e2e',
      log: (line: string) => void this.appLog.push(line),
      platform: process.platform,
      chooseFolder: async () => this.folderChoice,
      chooseFiles: async () => this.filesChoice,
      // ~/Downloads/Devin lives in the temp user-data dir, never the real home.
      homeDir: join(this.userDataDir, 'home'),
      attachmentsShell: {
        showItemInFolder: (path: string) => void this.shellActions.push({ action: 'showItemInFolder', path }),
        openPath: async (path: string) => {
          this.shellActions.push({ action: 'openPath', path });
          return '';
        },
      },
      attachmentsDialog: { chooseFolder: async () => this.folderChoice },
      onDownloadsFinished: (notice: unknown) => void this.downloadNotices.push(notice),
      ...(this.opts.updates ? { updates: this.opts.updates } : {}),
    });
    this.core.onEvent((event, payload) => {
      this.eventLog.push({ event, payload });
      for (const page of this.pages) {
        page
          .evaluate(([e, p]) => (window as unknown as { __devinTrayEmit?: (e: string, p: unknown) => void }).__devinTrayEmit?.(e, p), [event, payload] as const)
          .catch(() => undefined);
      }
    });
    this.core.sessions.on('notification', (n) => this.notifications.push(n));
    await this.core.start();
    return this;
  }

  /**
   * Opens the app in a new page of `context`, wired to the router as Electron's preload wires it:
   * `__devinTrayInvoke` is the page's generic transport (it refuses preload-only channels, as the
   * preload's does) and `__devinTrayRegisterDrop` is the preload's drop registration (names → the
   * paths webUtils would give → `attachments:registerDrop`). Each page is its own sender, as each
   * webContents is, so handles issued to one page do not work in another. `beforeLoad` runs before
   * it navigates (`npm run preview` slows the CPU there).
   */
  async open(context: BrowserContext, beforeLoad?: (page: Page) => Promise<void>): Promise<Page> {
    const page = await context.newPage();
    await beforeLoad?.(page);
    const senderId = `page-${this.nextSenderId++}`;
    const call = async (channel: string, request: unknown, senderUrl: string) => {
      const response = await this.core.router.handle(channel, request, { senderUrl, senderId });
      this.ipcLog.push({ channel, request, response });
      return response;
    };
    await page.exposeBinding('__devinTrayInvoke', async (source, channel: unknown, request: unknown) => {
      if (!isPageCallable(channel)) {
        const refused: Envelope<unknown> = { ok: false, error: { code: 'FORBIDDEN_SENDER', message: `The page may not call ${String(channel)}` } };
        this.ipcLog.push({ channel: String(channel), request, response: refused });
        return refused;
      }
      return call(channel, request, source.frame.url());
    });
    await page.exposeBinding('__devinTrayRegisterDrop', async (source, names: unknown) => {
      // webUtils.getPathForFile gives '' for a File the page made up; so does this for unknown names.
      const paths = (Array.isArray(names) ? names : []).map((n) => (typeof n === 'string' ? (this.dropPaths.get(n) ?? '') : ''));
      if (paths.length === 0) return { ok: true, value: [] };
      return call('attachments:registerDrop', { paths: paths.slice(0, 100) }, source.frame.url());
    });
    this.pages.add(page);
    page.on('close', () => {
      this.pages.delete(page);
      this.core.forgetSender(senderId);
    });
    await page.goto(this.staticServer.url);
    return page;
  }

  /** A file or folder named `name` dropped on the page resolves to `path` (the page cannot know paths). */
  registerDropPath(name: string, path: string): void {
    this.dropPaths.set(name, path);
  }

  /** Shuts everything down; throws (failing the test) if the app's traffic or the sim's answers broke the v3 contract. */
  async stop(): Promise<void> {
    await this.core?.dispose();
    await this.staticServer?.close();
    await this.sim?.close();
    if (this.userDataDir) rmSync(this.userDataDir, { recursive: true, force: true });
    assertNoContractViolations();
  }
}
