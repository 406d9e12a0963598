import { createHash } from 'node:crypto';

/**
 * Deterministic "seeded" attachment bytes of any size (1 GiB and more) that are never held in
 * memory as a whole. Byte i depends only on (seed, i), so any range can be generated directly:
 * the file is a sequence of 1 MiB blocks; block k is a PRNG-filled base block rotated by a
 * k-dependent offset, with k written big-endian into its first 8 bytes (so blocks never repeat
 * and a misplaced block shows up in a hash).
 */

const BLOCK = 1 << 20;
const baseBlocks = new Map<number, Buffer>();
const shaCache = new Map<string, string>();

/** xorshift32 over a seed; the base block is filled once per seed. */
function baseBlock(seed: number): Buffer {
  let block = baseBlocks.get(seed);
  if (block) return block;
  block = Buffer.allocUnsafe(BLOCK);
  let x = (seed >>> 0) || 0x9e3779b9;
  for (let i = 0; i < BLOCK; i += 4) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    block.writeUInt32LE(x, i);
  }
  baseBlocks.set(seed, block);
  return block;
}

/** The full 1 MiB block number k. */
function makeBlock(seed: number, k: number): Buffer {
  const base = baseBlock(seed);
  const shift = ((k * 40503 + 7) * 8) % BLOCK;
  const out = Buffer.allocUnsafe(BLOCK);
  base.copy(out, 0, shift);
  base.copy(out, BLOCK - shift, 0, shift);
  out.writeBigUInt64BE(BigInt(k), 0);
  return out;
}

/** Bytes [start, endExclusive) as fresh chunks of at most 1 MiB. */
export function* seededChunks(seed: number, start: number, endExclusive: number): Generator<Buffer> {
  let pos = start;
  while (pos < endExclusive) {
    const k = Math.floor(pos / BLOCK);
    const from = pos - k * BLOCK;
    const to = Math.min(BLOCK, endExclusive - k * BLOCK);
    const block = makeBlock(seed, k);
    yield from === 0 && to === BLOCK ? block : Buffer.from(block.subarray(from, to));
    pos = k * BLOCK + to;
  }
}

/** All bytes of a small seeded attachment (tests); avoid for big sizes. */
export function seededBytes(seed: number, size: number): Buffer {
  return Buffer.concat([...seededChunks(seed, 0, size)], size);
}

/** Hex SHA-256 of a seeded attachment, computed once per (seed, size) and cached (≈1 s per GiB). */
export function simAttachmentSha256(size: number, seed = 1): string {
  const key = `${seed}:${size}`;
  const cached = shaCache.get(key);
  if (cached) return cached;
  const hash = createHash('sha256');
  for (const chunk of seededChunks(seed, 0, size)) hash.update(chunk);
  const hex = hash.digest('hex');
  shaCache.set(key, hex);
  return hex;
}
