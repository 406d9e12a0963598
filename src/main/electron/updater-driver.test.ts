import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingMessage, RequestOptions, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor } from 'builder-util-runtime';
import type { DownloadOptions } from 'builder-util-runtime';
import { NoOpLogger, NsisUpdater } from 'electron-updater';
import type { AppUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyUpdateError } from '../update/update-error';
import { createUpdateService } from '../update/update-service';
import { createUpdaterDriver } from './updater-driver';

/*
 * electron-updater's own feed parsing and download, under plain Node, against a local static server.
 * Its modules `require('electron')` only lazily (the default app adapter, Electron's net executor,
 * quitAndInstall), so an updater built with our own AppAdapter and a Node HTTP executor never loads
 * Electron. What runs is the real provider (GenericProvider reading latest.yml / latest-mac.yml /
 * latest-linux.yml with js-yaml, picking the file for the platform, semver comparison) and the real
 * downloader (sha512 check), i.e. the code the app runs, minus Electron's network stack.
 */

const INSTALLER = Buffer.from('MZ pretend installer bytes '.repeat(4096));
const sha512 = (b: Buffer) => createHash('sha512').update(b).digest('base64');

const feed = (version: string, file: string, hash = sha512(INSTALLER)) =>
  [
    `version: ${version}`,
    'files:',
    `  - url: ${file}`,
    `    sha512: ${hash}`,
    `    size: ${INSTALLER.length}`,
    `path: ${file}`,
    `sha512: ${hash}`,
    "releaseDate: '2026-11-30T10:00:00.000Z'",
    '',
  ].join('\n');

/** What the server serves, by path; tests change it. */
const routes = new Map<string, { status: number; body: string | Buffer }>();
let server: Server;
let baseUrl = '';
const served: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    served.push(path);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(route.status, { 'content-length': Buffer.byteLength(route.body) }).end(route.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  baseUrl = `http://127.0.0.1:${addr.port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/**
 * Plain Node HTTP for electron-updater: the app uses its ElectronHttpExecutor (Electron's net
 * module); this is the same request and download path (builder-util-runtime's `doDownload`, which
 * streams to disk and checks the sha512) over node:http.
 */
class NodeHttpExecutor extends HttpExecutor<ClientRequest> {
  override createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void): ClientRequest {
    return httpRequest(options, callback);
  }

  async download(url: URL, destination: string, options: DownloadOptions): Promise<string> {
    return options.cancellationToken.createPromise<string>((resolve, reject, onCancel) => {
      const requestOptions: RequestOptions = { headers: options.headers ?? undefined };
      configureRequestUrl(url, requestOptions);
      configureRequestOptions(requestOptions);
      this.doDownload(
        requestOptions,
        { destination, options, onCancel, callback: (error) => (error == null ? resolve(destination) : reject(error)), responseHandler: null },
        0,
      );
    });
  }
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function appAdapter(version: string): AppAdapter {
  const dir = mkdtempSync(join(tmpdir(), 'devin-tray-updater-'));
  dirs.push(dir);
  // What electron-builder writes into the packaged app's resources (no publisherName: no Authenticode check here).
  writeFileSync(join(dir, 'app-update.yml'), `provider: generic\nurl: ${baseUrl}/releases\nupdaterCacheDirName: devin-tray-updater\n`);
  return {
    version,
    name: 'Devin Tray',
    isPackaged: true,
    appUpdateConfigPath: join(dir, 'app-update.yml'),
    userDataPath: join(dir, 'user-data'),
    baseCachePath: join(dir, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => undefined,
    quit: () => undefined,
    onQuit: () => undefined,
  };
}

type Platform = 'win32' | 'darwin' | 'linux';

/**
 * An updater for `platform`'s feed. The class is NsisUpdater everywhere: MacUpdater builds on
 * Electron's native autoUpdater in its constructor and AppImageUpdater only runs inside an AppImage,
 * while the feed file and the asset are chosen from the platform given here.
 */
function updaterFor(platform: Platform, version: string): AppUpdater {
  const updater = new NsisUpdater(null, appAdapter(version));
  updater.logger = new NoOpLogger();
  // Which channel file and which asset: electron-updater reads the platform from here in tests.
  (updater as unknown as { _testOnlyOptions: { platform: Platform } })._testOnlyOptions = { platform };
  (updater as unknown as { httpExecutor: HttpExecutor<ClientRequest> }).httpExecutor = new NodeHttpExecutor();
  updater.setFeedURL({ provider: 'generic', url: `${baseUrl}/releases` });
  updater.autoInstallOnAppQuit = false;
  return updater;
}

describe('electron-updater reading a local feed', () => {
  it.each([
    ['win32', '/releases/latest.yml', 'Devin-Tray-Setup-1.4.0.exe'],
    ['darwin', '/releases/latest-mac.yml', 'Devin-Tray-1.4.0-arm64-mac.zip'],
    ['linux', '/releases/latest-linux.yml', 'Devin-Tray-1.4.0.AppImage'],
  ] as const)('%s reads %s and finds the newer version', async (platform, channelFile, asset) => {
    routes.clear();
    routes.set(channelFile, { status: 200, body: feed('1.4.0', asset) });
    served.length = 0;
    const driver = createUpdaterDriver(updaterFor(platform, '1.3.2'));
    expect(await driver.check()).toEqual({ version: '1.4.0' });
    expect(served[0]).toBe(channelFile);
  });

  it('says the running version is the latest when the feed has the same or an older one', async () => {
    routes.clear();
    routes.set('/releases/latest.yml', { status: 200, body: feed('1.3.2', 'a.exe') });
    expect(await createUpdaterDriver(updaterFor('win32', '1.3.2')).check()).toBeNull();
    routes.set('/releases/latest.yml', { status: 200, body: feed('1.0.0', 'a.exe') });
    expect(await createUpdaterDriver(updaterFor('win32', '1.3.2')).check()).toBeNull();
  });

  it('downloads the installer and checks its sha512', async () => {
    routes.clear();
    routes.set('/releases/latest.yml', { status: 200, body: feed('2.0.0', 'Devin-Tray-Setup-2.0.0.exe') });
    routes.set('/releases/Devin-Tray-Setup-2.0.0.exe', { status: 200, body: INSTALLER });
    const updater = updaterFor('win32', '1.0.0');
    updater.disableDifferentialDownload = true;
    const driver = createUpdaterDriver(updater);
    expect(await driver.check()).toEqual({ version: '2.0.0' });
    await driver.download(() => undefined);
    expect(served).toContain('/releases/Devin-Tray-Setup-2.0.0.exe');
  });

  it('refuses a download whose bytes do not match the feed (checksum)', async () => {
    routes.clear();
    routes.set('/releases/latest.yml', { status: 200, body: feed('2.0.1', 'Devin-Tray-Setup-2.0.1.exe', sha512(Buffer.from('other bytes'))) });
    routes.set('/releases/Devin-Tray-Setup-2.0.1.exe', { status: 200, body: INSTALLER });
    const updater = updaterFor('win32', '1.0.0');
    updater.disableDifferentialDownload = true;
    const driver = createUpdaterDriver(updater);
    await driver.check();
    const err = await driver.download(() => undefined).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyUpdateError(err)).toBe('checksum');
  });

  it('a feed without files passes the check but fails the download as a bad feed', async () => {
    routes.clear();
    routes.set('/releases/latest.yml', { status: 200, body: 'version: 3.0.0\n' });
    const driver = createUpdaterDriver(updaterFor('win32', '1.0.0'));
    expect(await driver.check()).toEqual({ version: '3.0.0' });
    const err = await driver.download(() => undefined).then(
      () => null,
      (e: unknown) => e,
    );
    expect(classifyUpdateError(err)).toBe('bad-feed');
  });

  it.each([
    ['no feed file (404)', null, 'no-release'],
    ['a feed that is not YAML for an update', 'just: [not, an, update', 'bad-feed'],
  ] as const)('a failed check: %s → %s', async (_, body, expected) => {
    routes.clear();
    if (body !== null) routes.set('/releases/latest.yml', { status: 200, body });
    const err = await createUpdaterDriver(updaterFor('win32', '1.0.0'))
      .check()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(err).not.toBeNull();
    expect(classifyUpdateError(err)).toBe(expected);
  });

  it('drives the update service end to end: check, download, ready to restart', async () => {
    routes.clear();
    routes.set('/releases/latest.yml', { status: 200, body: feed('3.1.0', 'Devin-Tray-Setup-3.1.0.exe') });
    routes.set('/releases/Devin-Tray-Setup-3.1.0.exe', { status: 200, body: INSTALLER });
    const updater = updaterFor('win32', '3.0.0');
    updater.disableDifferentialDownload = true;
    const service = createUpdateService({ driver: createUpdaterDriver(updater), currentVersion: '3.0.0', blockedBy: () => null, enabled: () => true });
    service.start();
    const settled = new Promise<void>((resolve) => service.onChange((v) => (v.status.kind === 'ready' || v.status.kind === 'failed') && resolve()));
    await service.checkNow();
    await settled;
    expect(service.view().status).toEqual({ kind: 'ready', version: '3.1.0' });
    expect(service.trayOffer()).toEqual({ version: '3.1.0' });
    service.dispose();
  });
});
