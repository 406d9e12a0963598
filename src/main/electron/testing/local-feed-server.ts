import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

/**
 * A release feed on loopback, as GitHub Releases serves it to electron-updater: `latest.yml`
 * (Windows), `latest-mac.yml`, `latest-linux.yml`, each naming one installer with its sha512 and
 * size, and the installer's bytes. `missing` serves 404 for every feed file (no release yet).
 */
export async function serveUpdateFeed(opts: { version: string; missing?: boolean }): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const installer = Buffer.from(`pretend installer for ${opts.version} `.repeat(2048));
  const sha512 = createHash('sha512').update(installer).digest('base64');
  const assets: Record<string, string> = { 'latest.yml': `Devin-Tray-Setup-${opts.version}.exe`, 'latest-mac.yml': `Devin-Tray-${opts.version}-mac.zip`, 'latest-linux.yml': `Devin-Tray-${opts.version}.AppImage` };
  const yml = (file: string) =>
    `version: ${opts.version}\nfiles:\n  - url: ${file}\n    sha512: ${sha512}\n    size: ${installer.length}\npath: ${file}\nsha512: ${sha512}\nreleaseDate: '2026-11-30T10:00:00.000Z'\n`;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    requests.push(name);
    const asset = assets[name];
    if (asset && !opts.missing) {
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(yml(asset));
    } else if (Object.values(assets).includes(name) && !opts.missing) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': installer.length }).end(installer);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    requests,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
