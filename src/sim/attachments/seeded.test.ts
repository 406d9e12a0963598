import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seededBytes, seededChunks, simAttachmentSha256 } from './seeded';

describe('seeded attachment bytes', () => {
  it('are deterministic, seed-dependent and consistent across any range', () => {
    const size = 3 * 1024 * 1024 + 17;
    const all = seededBytes(1, size);
    expect(all.length).toBe(size);
    expect(seededBytes(1, size).equals(all)).toBe(true);
    expect(seededBytes(2, 4096).equals(all.subarray(0, 4096))).toBe(false);
    for (const [start, end] of [[0, 1], [1048575, 1048577], [2_000_000, size], [size - 1, size]] as const) {
      expect(Buffer.concat([...seededChunks(1, start, end)]).equals(all.subarray(start, end))).toBe(true);
    }
  });

  it('never repeats a 1 MiB block and hashes like the bytes', () => {
    const two = seededBytes(1, 2 * 1024 * 1024);
    expect(two.subarray(0, 1024 * 1024).equals(two.subarray(1024 * 1024))).toBe(false);
    expect(simAttachmentSha256(two.length, 1)).toBe(createHash('sha256').update(two).digest('hex'));
    expect(simAttachmentSha256(0, 1)).toBe(createHash('sha256').digest('hex'));
  });
});
