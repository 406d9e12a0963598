// `npm run test:electron`: the Electron suite (test/electron/, playwright.electron.config.ts) drives
// the built app through Playwright's Electron launcher, on machines that have Electron's binary (a
// developer's, GitHub Actions on Linux, macOS and Windows). Where there is none (this project's own
// CI machine), it says so in one line and exits 0 without counting anything as passed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Resolve without triggering electron's download-on-first-use.
const probe = spawnSync(process.execPath, ['-e', "const fs=require('fs'),p=require('path');const d=p.dirname(require.resolve('electron'));const t=p.join(d,'path.txt');process.stdout.write(fs.existsSync(t)&&fs.existsSync(p.join(d,'dist',fs.readFileSync(t,'utf8')))?'yes':'no')"], { cwd: root, encoding: 'utf8' });
if (probe.stdout !== 'yes') {
  console.log('test:electron: skipped (not run, not passed): no Electron binary on this machine; `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD fetches it where downloads work.');
  process.exit(0);
}
const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const r = spawnSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'playwright.electron.config.ts'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
