// pretest: the system pieces the tests use for real (Chromium for the UI, a Secret Service for the
// keychain, git for handoff). As root on Debian/Ubuntu the missing ones are installed; otherwise we
// stop with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { bin: process.env.CHROMIUM_PATH || '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/gnome-keyring-daemon', pkg: 'gnome-keyring' },
  { bin: '/usr/bin/secret-tool', pkg: 'libsecret-tools' },
  { bin: '/usr/bin/dbus-daemon', pkg: 'dbus' },
  { bin: '/usr/bin/dbus-run-session', pkg: 'dbus' },
  { bin: '/usr/bin/dbus-launch', pkg: 'dbus-x11' },
  { bin: '/usr/bin/git', pkg: 'git' },
  // Handoff's LFS tests use the system's own git-lfs (the app runs it by absolute path).
  { bin: '/usr/bin/git-lfs', pkg: 'git-lfs' },
  { bin: '/usr/bin/curl', pkg: 'curl' },
  // Throwaway CAs for the proxy and certificate tests.
  { bin: '/usr/bin/openssl', pkg: 'openssl' },
  { bin: '/usr/bin/Xvfb', pkg: 'xvfb' },
  // setfattr/getfattr: downloads' Linux origin mark (user.xdg.origin.url) is set and checked for real.
  { bin: '/usr/bin/setfattr', pkg: 'attr' },
];
// CJK glyphs, so zh-CN screenshots show text rather than boxes.
const fontPkgs = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') ? [] : ['fonts-noto-cjk'];

if (process.platform !== 'linux') process.exit(0); // macOS/Windows: see README (local Chrome via CHROMIUM_PATH).

const missing = [...new Set([...needs.filter((n) => !existsSync(n.bin)).map((n) => n.pkg), ...fontPkgs])];
if (missing.length === 0) process.exit(0);

const cmd = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`Missing system packages for the tests: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${cmd}'`);
  process.exit(1);
}
console.log(`Installing system packages for the tests: ${missing.join(' ')}`);
execFileSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
