import { describe, expect, it } from 'vitest';
import { CONFIRM_ABOVE_RUNS_PER_DAY, runCost, runsPerDay } from './run-cost';

// A Tuesday, 10:17 UTC.
const FROM = new Date(Date.UTC(2025, 2, 4, 10, 17));

describe('runsPerDay', () => {
  it('counts the runs of a day the cron runs on', () => {
    expect(runsPerDay('* * * * *', FROM)).toBe(1440);
    expect(runsPerDay('*/5 * * * *', FROM)).toBe(288);
    expect(runsPerDay('0 * * * *', FROM)).toBe(24);
    expect(runsPerDay('0 9 * * *', FROM)).toBe(1);
    expect(runsPerDay('0 9,17 * * 1-5', FROM)).toBe(2);
    // Every minute, but only on Mondays: 1,440 on each Monday, seen from a Tuesday too.
    expect(runsPerDay('* * * * 1', FROM)).toBe(1440);
    expect(runsPerDay('0-29/10 8-9 1 * *', FROM)).toBe(6);
    expect(runsPerDay('not a cron', FROM)).toBeNull();
  });
});

describe('runCost', () => {
  it('says nothing for daily or rarer, notes a few a day, and asks above hourly', () => {
    expect(CONFIRM_ABOVE_RUNS_PER_DAY).toBe(24);
    expect(runCost('0 9 * * 1', FROM)).toEqual({ level: 'none' });
    expect(runCost('0 9 * * *', FROM)).toEqual({ level: 'none' });
    expect(runCost('0 9,17 * * *', FROM)).toEqual({ level: 'note', runsPerDay: 2 });
    expect(runCost('0 * * * *', FROM)).toEqual({ level: 'note', runsPerDay: 24 });
    expect(runCost('*/30 * * * *', FROM)).toEqual({ level: 'confirm', runsPerDay: 48 });
    expect(runCost('* * * * *', FROM)).toEqual({ level: 'confirm', runsPerDay: 1440 });
    expect(runCost('', FROM)).toEqual({ level: 'none' });
  });
});
