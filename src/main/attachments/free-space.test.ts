import { describe, expect, it } from 'vitest';
import { createSpaceLedger, decideRoom, MAX_RESERVE_BYTES, reserveFor } from './free-space';
import { unrequestedEncoding } from './http/content-encoding';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('reserve kept free', () => {
  it.each([
    [2 * MiB, Math.floor((2 * MiB) / 100)],
    [10 * GiB, Math.floor((10 * GiB) / 100)],
    [500 * GiB, MAX_RESERVE_BYTES],
  ])('a %d-byte disk keeps %d bytes', (size, reserve) => {
    expect(reserveFor(size)).toBe(reserve);
  });
});

describe('decideRoom', () => {
  const disk = { available: 100 * MiB, size: 1000 * MiB };
  it.each([
    ['fits', 50 * MiB, 0, 10 * MiB, { ok: true }],
    ['fits exactly above the reserve', 90 * MiB, 0, 10 * MiB, { ok: true }],
    ['one byte too many', 90 * MiB + 1, 0, 10 * MiB, { ok: false, needed: 90 * MiB + 1, usable: 90 * MiB }],
    ['others already promised the space', 50 * MiB, 60 * MiB, 10 * MiB, { ok: false, needed: 50 * MiB, usable: 30 * MiB }],
    ['unknown size, room left', null, 0, 10 * MiB, { ok: true }],
    ['unknown size, down to the reserve', null, 0, 100 * MiB, { ok: false, needed: 1, usable: 0 }],
    ['nothing left to write', 0, 0, 10 * MiB, { ok: true }],
  ] as const)('%s', (_what, needed, others, reserve, expected) => {
    expect(decideRoom(disk, needed, others, reserve)).toEqual(expected);
  });

  it('uses the default reserve (1% of the disk) when none is given', () => {
    expect(decideRoom(disk, 90 * MiB, 0)).toEqual({ ok: true });
    expect(decideRoom(disk, 91 * MiB, 0)).toEqual({ ok: false, needed: 91 * MiB, usable: 90 * MiB });
  });
});

describe('space ledger', () => {
  it('counts what other downloads on the same disk still have to write', () => {
    const ledger = createSpaceLedger();
    const a = Symbol('a');
    const b = Symbol('b');
    const c = Symbol('c');
    ledger.set(1, a, 10);
    ledger.set(1, b, 5);
    ledger.set(2, c, 100);
    expect(ledger.othersPending(1, a)).toBe(5);
    expect(ledger.othersPending(1, c)).toBe(15);
    ledger.set(1, b, null);
    expect(ledger.othersPending(1, c)).toBe(10);
    ledger.release(1, a);
    expect(ledger.othersPending(1, c)).toBe(0);
    expect(ledger.othersPending(2, a)).toBe(100);
  });
});

describe('content codings a download did not ask for', () => {
  it.each([
    [null, null],
    ['identity', null],
    ['', null],
    ['gzip', 'gzip'],
    ['DEFLATE', 'deflate'],
    ['identity, br', 'br'],
    ['gzip, gzip', 'gzip, gzip'],
  ])('%j → %j', (header, expected) => {
    expect(unrequestedEncoding(header)).toBe(expected);
  });
});
