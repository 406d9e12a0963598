import { describe, expect, it } from 'vitest';
import { CONFIRM_COOLDOWN_MAX_MS, confirmCooldownMs } from './confirm-gate';

describe('confirmCooldownMs', () => {
  it.each([
    [0, 0],
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [7, 300_000],
    [50, CONFIRM_COOLDOWN_MAX_MS],
  ])('%i refusals in a row → %i ms', (refusals, ms) => {
    expect(confirmCooldownMs(refusals)).toBe(ms);
  });
});
