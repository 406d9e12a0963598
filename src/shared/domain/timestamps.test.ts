import { describe, expect, it } from 'vitest';
import { toMs, toSeconds } from './timestamps';
import { normalizeSessionId } from './session-id';

describe('toMs', () => {
  it.each([
    [1_700_000_000, 1_700_000_000_000],
    [1_700_000_000_123, 1_700_000_000_123],
    [1_700_000_000.5, 1_700_000_000_500],
    ['1700000000', 1_700_000_000_000],
    ['2023-11-14T22:13:20Z', 1_700_000_000_000],
    ['2023-11-14T23:13:20+01:00', 1_700_000_000_000],
    [null, null],
    [undefined, null],
    ['', null],
    ['yesterday', null],
    [Number.NaN, null],
  ] as const)('%s → %s', (input, expected) => {
    expect(toMs(input)).toBe(expected);
  });

  it('toSeconds floors to whole seconds', () => {
    expect(toSeconds(1_700_000_000_999)).toBe(1_700_000_000);
    expect(toSeconds('2023-11-14T22:13:20.900Z')).toBe(1_700_000_000);
    expect(toSeconds('nope')).toBeNull();
  });
});

describe('normalizeSessionId', () => {
  it.each([
    ['abc123', 'devin-abc123'],
    ['devin-abc123', 'devin-abc123'],
    ['  abc123 ', 'devin-abc123'],
    ['devin-devin-x', 'devin-devin-x'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSessionId(input)).toBe(expected);
  });
});
