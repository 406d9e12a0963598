// `npm run icons`: renders the SVG sources in assets/icons/ to every icon the app and its installers use, with
// Debian's Chromium (Playwright drives it; nothing is downloaded). The outputs are committed; run this after
// changing an SVG and look at the PNGs.
//   assets/tray/tray-<state>Template.png, …Template@2x.png   macOS menu bar (black + alpha, 16/32 px)
//   assets/tray/tray-<state>.png, …@2x.png                   Linux tray (16/32 px)
//   assets/tray/tray-<state>.ico                             Windows tray (16/24/32/48 px)
//   assets/app/icon.png                                      window and notification icon (512 px)
//   build/icon.icns, build/icon.ico, build/icon.png, build/icons/NxN.png   installers (electron-builder)
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';
import { ICNS_TYPES, writeIcns, writeIco } from './render-icons.containers';

const root = resolve(__dirname, '..');
const src = join(root, 'assets/icons');
const trayOut = join(root, 'assets/tray');
const appOut = join(root, 'assets/app');
const buildOut = join(root, 'build');

/** Sizes per output, in pixels. */
export const TRAY_PNG_SIZES = [16, 32] as const;
export const TRAY_ICO_SIZES = [16, 24, 32, 48] as const;
export const APP_ICO_SIZES = [16, 24, 32, 48, 256] as const;
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;

/** One SVG at `size` px, transparent background; `template` turns every pixel black, keeping alpha. */
async function render(page: Page, svg: string, size: number, template: boolean): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const filter = template ? 'filter: brightness(0);' : '';
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent"><img id="i" src="${data}" width="${size}" height="${size}" style="display:block;${filter}"></body></html>`,
  );
  await page.waitForFunction(() => {
    const img = document.getElementById('i') as HTMLImageElement | null;
    return img !== null && img.complete && img.naturalWidth > 0;
  });
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    mkdirSync(trayOut, { recursive: true });
    mkdirSync(appOut, { recursive: true });
    mkdirSync(join(buildOut, 'icons'), { recursive: true });
    let count = 0;
    const write = (path: string, bytes: Buffer) => {
      writeFileSync(path, bytes);
      count++;
    };

    for (const file of readdirSync(src).filter((f) => /^tray-.+\.svg$/.test(f)).sort()) {
      const name = file.replace(/\.svg$/, '');
      const svg = readFileSync(join(src, file), 'utf8');
      const [x1, x2] = TRAY_PNG_SIZES;
      write(join(trayOut, `${name}Template.png`), await render(page, svg, x1, true));
      write(join(trayOut, `${name}Template@2x.png`), await render(page, svg, x2, true));
      write(join(trayOut, `${name}.png`), await render(page, svg, x1, false));
      write(join(trayOut, `${name}@2x.png`), await render(page, svg, x2, false));
      const frames: Buffer[] = [];
      for (const size of TRAY_ICO_SIZES) frames.push(await render(page, svg, size, false));
      write(join(trayOut, `${name}.ico`), writeIco(frames));
    }

    const appSvg = readFileSync(join(src, 'app.svg'), 'utf8');
    const sizes = new Set<number>([...APP_ICO_SIZES, ...LINUX_SIZES, ...ICNS_TYPES.map((t) => t.pixels), 1024]);
    const app = new Map<number, Buffer>();
    for (const size of [...sizes].sort((a, b) => a - b)) app.set(size, await render(page, appSvg, size, false));
    const get = (size: number) => app.get(size) as Buffer;
    write(join(appOut, 'icon.png'), get(512));
    write(join(buildOut, 'icon.png'), get(1024));
    write(join(buildOut, 'icon.ico'), writeIco(APP_ICO_SIZES.map(get)));
    write(join(buildOut, 'icon.icns'), writeIcns(app));
    for (const size of LINUX_SIZES) write(join(buildOut, 'icons', `${size}x${size}.png`), get(size));
    console.log(`render-icons: wrote ${count} files`);
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
