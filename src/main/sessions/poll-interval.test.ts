import { describe, expect, it } from 'vitest';
import { nextInterval, type IntervalInput } from './poll-interval';

describe('nextInterval', () => {
  const MIN = 60_000;
  const table: [string, IntervalInput, number][] = [
    ['running + visible', { anyRunning: true, windowVisible: true, lastChangeAgo: 5_000, backoff: null }, 10_000],
    ['running + hidden', { anyRunning: true, windowVisible: false, lastChangeAgo: 5_000, backoff: null }, 25_000],
    ['running + visible, quiet for 10 min', { anyRunning: true, windowVisible: true, lastChangeAgo: 10 * MIN, backoff: null }, 15_000],
    ['running + hidden, quiet', { anyRunning: true, windowVisible: false, lastChangeAgo: Infinity, backoff: null }, 30_000],
    ['idle + visible', { anyRunning: false, windowVisible: true, lastChangeAgo: 1_000, backoff: null }, 30_000],
    ['idle + hidden', { anyRunning: false, windowVisible: false, lastChangeAgo: 1_000, backoff: null }, 60_000],
    ['backoff wins', { anyRunning: true, windowVisible: true, lastChangeAgo: 0, backoff: 42_000 }, 42_000],
    ['backoff wins even when idle', { anyRunning: false, windowVisible: false, lastChangeAgo: 0, backoff: 7_000 }, 7_000],
  ];
  it.each(table)('%s', (_name, input, expected) => {
    expect(nextInterval(input)).toBe(expected);
  });
});
