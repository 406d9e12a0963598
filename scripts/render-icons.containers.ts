import { inflateSync } from 'node:zlib';

/**
 * Icon container formats, written by hand from PNG frames (no native tools needed):
 * Windows .ico and macOS .icns, both with PNG-compressed entries.
 */

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk; throws on anything that is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * A Windows .ico holding PNG frames (supported since Vista for every size). Layout: ICONDIR
 * (reserved 0, type 1, count), one 16-byte ICONDIRENTRY per frame (width/height 0 means 256),
 * then the PNG bytes.
 */
export function writeIco(frames: readonly Buffer[]): Buffer {
  if (frames.length === 0 || frames.length > 0xffff) throw new Error('an .ico needs 1 to 65535 frames');
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(frames.length, 4);
  const entries = Buffer.alloc(16 * frames.length);
  let offset = header.length + entries.length;
  frames.forEach((png, i) => {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`.ico frames are at most 256 px (got ${width}×${height})`);
    const e = i * 16;
    entries.writeUInt8(width === 256 ? 0 : width, e);
    entries.writeUInt8(height === 256 ? 0 : height, e + 1);
    entries.writeUInt8(0, e + 2); // no palette
    entries.writeUInt8(0, e + 3); // reserved
    entries.writeUInt16LE(1, e + 4); // colour planes
    entries.writeUInt16LE(32, e + 6); // bits per pixel
    entries.writeUInt32LE(png.length, e + 8);
    entries.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, entries, ...frames]);
}

/** Reads an .ico back: one {width, height, png} per entry (for tests and the layout check). */
export function readIco(ico: Buffer): { width: number; height: number; png: Buffer }[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an .ico');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const e = 6 + i * 16;
    const size = ico.readUInt32LE(e + 8);
    const offset = ico.readUInt32LE(e + 12);
    return { width: ico.readUInt8(e) || 256, height: ico.readUInt8(e + 1) || 256, png: ico.subarray(offset, offset + size) };
  });
}

/** ICNS entry types holding PNG data, by pixel size ("@2x" types share pixel sizes with 1x ones). */
export const ICNS_TYPES: readonly { type: string; pixels: number }[] = [
  { type: 'icp4', pixels: 16 },
  { type: 'icp5', pixels: 32 },
  { type: 'ic11', pixels: 32 }, // 16@2x
  { type: 'ic12', pixels: 64 }, // 32@2x
  { type: 'ic07', pixels: 128 },
  { type: 'ic13', pixels: 256 }, // 128@2x
  { type: 'ic08', pixels: 256 },
  { type: 'ic14', pixels: 512 }, // 256@2x
  { type: 'ic09', pixels: 512 },
  { type: 'ic10', pixels: 1024 }, // 512@2x
];

/**
 * A macOS .icns: magic `icns` + total length (big-endian), then entries of 4-char type +
 * length (including its 8-byte header) + PNG data. `frames` maps pixel size → PNG.
 */
export function writeIcns(frames: ReadonlyMap<number, Buffer>): Buffer {
  const parts: Buffer[] = [];
  for (const { type, pixels } of ICNS_TYPES) {
    const png = frames.get(pixels);
    if (!png) throw new Error(`missing ${pixels}px frame for ${type}`);
    const size = pngSize(png);
    if (size.width !== pixels || size.height !== pixels) throw new Error(`${type} needs ${pixels}px, got ${size.width}×${size.height}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    parts.push(head, png);
  }
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([header, body]);
}

/** Reads an .icns back into its entries. */
export function readIcns(icns: Buffer): { type: string; data: Buffer }[] {
  if (icns.toString('latin1', 0, 4) !== 'icns' || icns.readUInt32BE(4) !== icns.length) throw new Error('not an .icns');
  const out: { type: string; data: Buffer }[] = [];
  let at = 8;
  while (at + 8 <= icns.length) {
    const type = icns.toString('latin1', at, at + 4);
    const len = icns.readUInt32BE(at + 4);
    if (len < 8 || at + len > icns.length) throw new Error(`bad entry length at ${at}`);
    out.push({ type, data: icns.subarray(at + 8, at + len) });
    at += len;
  }
  return out;
}

/**
 * Decodes an 8-bit RGBA, non-interlaced PNG (what Chromium's screenshots are) into raw pixels.
 * Enough to check that template images are black + alpha and that frames are not empty.
 */
export function decodeRgbaPng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const { width, height } = pngSize(png);
  const bitDepth = png.readUInt8(24);
  const colorType = png.readUInt8(25);
  const interlace = png.readUInt8(28);
  if (bitDepth !== 8 || colorType !== 6 || interlace !== 0) throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colorType}, interlace ${interlace})`);
  const idat: Buffer[] = [];
  let at = 8;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? (pixels[y * stride + x - 4] as number) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const c = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] as number) : 0;
      const v = line[x] as number;
      let out: number;
      switch (filter) {
        case 0: out = v; break;
        case 1: out = v + a; break;
        case 2: out = v + b; break;
        case 3: out = v + ((a + b) >> 1); break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: throw new Error(`bad PNG filter ${filter}`);
      }
      pixels[y * stride + x] = out & 0xff;
    }
  }
  return { width, height, pixels };
}
