// `npm run layout-check`: packs the app the way `npm run dist` does (electron-builder, Linux `dir` target)
// but around a STAND-IN Electron (a shell script and empty folders; this machine cannot download Electron),
// then checks what is inside: the bundles in app.asar, the keychain's native module outside it, and nothing
// from src/, test/, bench/, scripts/ or the icon sources. It is a layout check, not a run: the packed app
// cannot start. Needs `npm run build` first (it builds when out/ is missing).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { layoutProblems } from './layout-check.rules';

const root = resolve(__dirname, '..');
const require = createRequire(__filename);

/**
 * What electron-builder needs from an unpacked Electron for Linux: the `electron` executable (renamed
 * to the app's), `resources/` (app.asar goes there), `locales/`, and the licence files it moves.
 */
function makeStandInElectron(dir: string, version: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron from scripts/layout-check.ts: this build cannot run" >&2\nexit 1\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), `${version}\n`);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
}

function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p, base) : [p.slice(base.length)];
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(join(root, 'out/main/index.js'))) {
    console.log('layout-check: out/ is missing, building first');
    const r = spawnSync(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const work = mkdtempSync(join(tmpdir(), 'devin-tray-layout-'));
  try {
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    const dist = join(work, 'electron-dist');
    makeStandInElectron(dist, electronVersion);
    const { build, Platform } = await import('electron-builder');
    await build({
      projectDir: root,
      targets: Platform.LINUX.createTarget('dir'),
      config: {
        electronDist: dist,
        electronVersion,
        directories: { output: join(work, 'dist') },
        // Fuses are flipped inside the real Electron binary; the stand-in has none to flip.
        electronFuses: null,
        publish: null,
      },
    });

    const appDir = join(work, 'dist', 'linux-unpacked');
    const asarPath = join(appDir, 'resources', 'app.asar');
    const asar = require('@electron/asar') as {
      listPackage(path: string, opts: { isPack: boolean }): string[];
      statFile(path: string, file: string, follow?: boolean): { unpacked?: boolean; size?: number; files?: unknown };
    };
    const entries = asar.listPackage(asarPath, { isPack: false }).map((e) => e.replace(/\\/g, '/'));
    const unpackedInAsar = entries.filter((e) => {
      try {
        return asar.statFile(asarPath, e.slice(1), false).unpacked === true;
      } catch {
        return false;
      }
    });
    const unpackedOnDisk = listFiles(join(appDir, 'resources', 'app.asar.unpacked')).map((e) => e.replace(/\\/g, '/'));
    const problems = layoutProblems({ entries, unpackedInAsar, unpackedOnDisk, executableExists: existsSync(join(appDir, 'devin-tray')) });

    const size = (statSync(asarPath).size / 1024 / 1024).toFixed(1);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (problems.length > 0) {
      console.error(`layout-check: ${problems.length} problem(s) in the packed app:`);
      for (const p of problems) console.error(`  - ${p}`);
      process.exitCode = 1;
      return;
    }
    console.log(`layout-check: app.asar ${size} MiB, ${entries.length} entries, ${unpackedOnDisk.length} unpacked file(s), ${seconds} s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
