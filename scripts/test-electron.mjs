// `npm run test:electron` (optional): drives the real app through Playwright's Electron launcher on
// machines that have Electron's binary. Where there is none (CI here), it says so in one line and
// exits 0 without counting anything as passed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Resolve without triggering electron's download-on-first-use.
const probe = spawnSync(process.execPath, ['-e', "const fs=require('fs'),p=require('path');const d=p.dirname(require.resolve('electron'));const t=p.join(d,'path.txt');process.stdout.write(fs.existsSync(t)&&fs.existsSync(p.join(d,'dist',fs.readFileSync(t,'utf8')))?'yes':'no')"], { cwd: root, encoding: 'utf8' });
if (probe.stdout !== 'yes') {
  console.log('test:electron: skipped, no Electron binary on this machine (run `npx install-electron` where downloads work).');
  process.exit(0);
}
const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const r = spawnSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '-c', 'playwright.electron.config.ts'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
