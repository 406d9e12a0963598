// Launches the built app in Electron: `npm start`, `npm run demo` (--demo), `npm run dev` (--dev).
// Electron downloads its binary on first use; where that is impossible (offline CI boxes), say so in
// one line and point to the browser preview, which runs the same UI and services.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const demo = args.includes('--demo');
const dev = args.includes('--dev');

function electronPath() {
  // Resolve in a child: electron's index.js tries a download when the binary is missing and throws if that fails.
  const r = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    // The download's own chatter (and stack on failure) is replaced by the one line below.
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  return r.status === 0 && r.stdout ? r.stdout : null;
}

const bin = electronPath();
if (!bin) {
  console.error('devin-tray: the Electron binary is not available on this machine (it could not be downloaded); run `npm run preview` to use the app in your browser instead.');
  process.exit(1);
}

const env = { ...process.env };
if (demo) env.DEVIN_TRAY_DEMO = '1';
delete env.ELECTRON_RUN_AS_NODE;

const child = dev
  ? spawn(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'dev'], { stdio: 'inherit', env })
  : spawn(bin, ['.'], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 0));
