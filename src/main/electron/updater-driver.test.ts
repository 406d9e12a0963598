import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { localFeedUpdater } from './testing/local-feed-updater';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyUpdateError } from '../update/update-error';
import { createUpdateService } from '../update/update-service';
import { createUpdaterDriver } from './updater-driver';

// electron-updater's own feed parsing and download under plain Node (see testing/local-feed-updater.ts),
// against a local static server: the channel file per platform, semver, sha512, and its errors.

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

const dirs: string[] = [];
const updaterFor = (platform: 'win32' | 'darwin' | 'linux', version: string) => {
  const updater = localFeedUpdater({ feedUrl: `${baseUrl}/releases`, platform, version });
  dirs.push(updater.dir);
  return updater;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

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
