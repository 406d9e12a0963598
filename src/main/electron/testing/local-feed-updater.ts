import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureRequestOptions, configureRequestUrl, HttpExecutor } from 'builder-util-runtime';
import type { DownloadOptions } from 'builder-util-runtime';
import { NoOpLogger, NsisUpdater } from 'electron-updater';
import type { AppUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';

/*
 * electron-updater under plain Node, reading a local feed: for the driver's tests and the
 * end-to-end Settings › Updates run. Its modules `require('electron')` only lazily (the default app
 * adapter, Electron's net executor, MacUpdater's native updater, quitAndInstall), so an updater
 * built with our own AppAdapter and a Node HTTP executor never loads Electron. What runs is the real
 * provider (GenericProvider reading latest.yml / latest-mac.yml / latest-linux.yml with js-yaml,
 * semver comparison) and the real downloader (sha512 check): the app's code minus Electron's
 * network stack.
 */

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

function appAdapter(version: string, feedUrl: string, dir: string): AppAdapter {
  // What electron-builder writes into the packaged app's resources (no publisherName: no Authenticode check here).
  writeFileSync(join(dir, 'app-update.yml'), `provider: generic\nurl: ${feedUrl}\nupdaterCacheDirName: devin-tray-updater\n`);
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

export type FeedPlatform = 'win32' | 'darwin' | 'linux';

/**
 * An updater reading `platform`'s feed file under `feedUrl`, in a temp folder of its own (`dir`,
 * for the caller to remove). The class is NsisUpdater everywhere: MacUpdater builds on Electron's
 * native autoUpdater in its constructor and AppImageUpdater only runs inside an AppImage, while the
 * feed file and the asset follow the platform given here.
 */
export function localFeedUpdater(opts: { feedUrl: string; platform: FeedPlatform; version: string }): AppUpdater & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'devin-tray-updater-'));
  const updater = new NsisUpdater(null, appAdapter(opts.version, opts.feedUrl, dir));
  updater.logger = new NoOpLogger();
  // Which channel file: electron-updater reads the platform from here in its own tests.
  (updater as unknown as { _testOnlyOptions: { platform: FeedPlatform } })._testOnlyOptions = { platform: opts.platform };
  (updater as unknown as { httpExecutor: HttpExecutor<ClientRequest> }).httpExecutor = new NodeHttpExecutor();
  updater.setFeedURL({ provider: 'generic', url: opts.feedUrl });
  updater.autoInstallOnAppQuit = false;
  // No earlier installer to diff against.
  updater.disableDifferentialDownload = true;
  return Object.assign(updater, { dir });
}
