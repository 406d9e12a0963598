import { describe, expect, it } from 'vitest';
import { listUpdatedAfter, type PollWindowInput } from './poll-window';

describe('listUpdatedAfter', () => {
  const base: PollWindowInput = { nowMs: 1_000_000 * 1000, cursor: 999_000, firstPollThisRun: false, initialWindowSec: 5000, overlapSec: 10 };
  const table: [string, Partial<PollWindowInput>, number][] = [
    ['later polls: cursor minus overlap', {}, 998_990],
    ['first poll ever: the initial window', { cursor: null, firstPollThisRun: true }, 995_000],
    ['first poll of a run, recent cursor: still the whole window', { firstPollThisRun: true }, 995_000],
    ['first poll of a run, old cursor: back to the cursor', { cursor: 900_000, firstPollThisRun: true }, 899_990],
    ['never before the epoch', { nowMs: 1000, cursor: null }, 0],
  ];
  it.each(table)('%s', (_name, patch, want) => {
    expect(listUpdatedAfter({ ...base, ...patch })).toBe(want);
  });
});
