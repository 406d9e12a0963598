import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeRgbaPng, ICNS_TYPES, pngSize, readIcns, readIco, writeIcns, writeIco } from './render-icons.containers';
import { TRAY_ICON_STATES } from '../src/main/electron/tray-model';

/** A solid w×h RGBA PNG (filter 0 rows), built here so the container tests need no renderer. */
function png(w: number, h: number, rgba: [number, number, number, number] = [0, 0, 0, 255]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.concat(Array.from({ length: w }, () => Buffer.from(rgba)))]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('writeIco / readIco', () => {
  it('round-trips PNG frames; 256 px is stored as 0', () => {
    const frames = [png(16, 16), png(32, 32), png(256, 256)];
    const ico = writeIco(frames);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt8(6 + 32)).toBe(0);
    const back = readIco(ico);
    expect(back.map((f) => [f.width, f.height])).toEqual([[16, 16], [32, 32], [256, 256]]);
    back.forEach((f, i) => expect(f.png.equals(frames[i] as Buffer)).toBe(true));
  });
  it('refuses frames over 256 px and non-PNG data', () => {
    expect(() => writeIco([png(512, 512)])).toThrow(/256/);
    expect(() => writeIco([Buffer.from('GIF89a')])).toThrow(/PNG/);
    expect(() => writeIco([])).toThrow();
  });
});

describe('writeIcns / readIcns', () => {
  it('writes every type with its PNG and a correct total length', () => {
    const frames = new Map(ICNS_TYPES.map((t) => [t.pixels, png(t.pixels, t.pixels)] as const));
    const icns = writeIcns(frames);
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries = readIcns(icns);
    expect(entries.map((e) => e.type)).toEqual(ICNS_TYPES.map((t) => t.type));
    for (const e of entries) expect(pngSize(e.data).width).toBe(ICNS_TYPES.find((t) => t.type === e.type)?.pixels);
  });
  it('refuses a missing or wrongly sized frame', () => {
    expect(() => writeIcns(new Map())).toThrow(/missing/);
    const frames = new Map(ICNS_TYPES.map((t) => [t.pixels, png(t.pixels, t.pixels)] as const));
    frames.set(128, png(64, 64));
    expect(() => writeIcns(frames)).toThrow(/ic07/);
  });
});

describe('decodeRgbaPng', () => {
  it('decodes pixels', () => {
    const { width, height, pixels } = decodeRgbaPng(png(3, 2, [10, 20, 30, 40]));
    expect([width, height]).toEqual([3, 2]);
    expect([...pixels.subarray(0, 4)]).toEqual([10, 20, 30, 40]);
    expect(pixels.length).toBe(24);
  });
});

// The committed outputs of `npm run icons`.
const root = resolve(__dirname, '..');
describe('committed icons', () => {
  it.each(TRAY_ICON_STATES)('%s: tray images exist, macOS templates are black + alpha and not empty', (state) => {
    for (const [file, size] of [[`tray-${state}Template.png`, 16], [`tray-${state}Template@2x.png`, 32]] as const) {
      const { width, pixels } = decodeRgbaPng(readFileSync(join(root, 'assets/tray', file)));
      expect(width).toBe(size);
      let opaque = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([0, 0, 0]);
        if ((pixels[i + 3] as number) > 0) opaque++;
      }
      expect(opaque).toBeGreaterThan(size * size * 0.15);
    }
    expect(pngSize(readFileSync(join(root, 'assets/tray', `tray-${state}.png`)))).toEqual({ width: 16, height: 16 });
    expect(pngSize(readFileSync(join(root, 'assets/tray', `tray-${state}@2x.png`)))).toEqual({ width: 32, height: 32 });
    expect(readIco(readFileSync(join(root, 'assets/tray', `tray-${state}.ico`))).map((f) => f.width)).toEqual([16, 24, 32, 48]);
  });

  it('every state looks different (no copy-paste icon)', () => {
    const bytes = TRAY_ICON_STATES.map((s) => readFileSync(join(root, 'assets/tray', `tray-${s}Template@2x.png`)).toString('base64'));
    expect(new Set(bytes).size).toBe(TRAY_ICON_STATES.length);
  });

  it('app icons for every installer', () => {
    expect(readIco(readFileSync(join(root, 'build/icon.ico'))).map((f) => f.width)).toEqual([16, 24, 32, 48, 256]);
    expect(readIcns(readFileSync(join(root, 'build/icon.icns'))).map((e) => e.type)).toEqual(ICNS_TYPES.map((t) => t.type));
    expect(pngSize(readFileSync(join(root, 'build/icon.png')))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(readFileSync(join(root, 'assets/app/icon.png')))).toEqual({ width: 512, height: 512 });
    const linux = readdirSync(join(root, 'build/icons')).sort();
    expect(linux).toEqual(['128x128.png', '16x16.png', '24x24.png', '256x256.png', '32x32.png', '48x48.png', '512x512.png', '64x64.png']);
    for (const f of linux) expect(pngSize(readFileSync(join(root, 'build/icons', f))).width).toBe(Number(f.split('x')[0]));
  });

  it('every tray state has an SVG source', () => {
    for (const s of TRAY_ICON_STATES) expect(existsSync(join(root, 'assets/icons', `tray-${s}.svg`))).toBe(true);
  });
});
