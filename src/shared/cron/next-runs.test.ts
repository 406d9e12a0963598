import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { nextRuns } from './next-runs';

const FROM = new Date('2025-03-07T10:00:00Z'); // a Friday

describe('nextRuns', () => {
  it('lists the next five weekday runs in UTC', () => {
    expect(nextRuns('0 9 * * 1-5', 5, FROM).map((d) => d.toISOString())).toEqual([
      '2025-03-10T09:00:00.000Z',
      '2025-03-11T09:00:00.000Z',
      '2025-03-12T09:00:00.000Z',
      '2025-03-13T09:00:00.000Z',
      '2025-03-14T09:00:00.000Z',
    ]);
  });

  it.each(['*/15 * * * *', '30 6 1,15 * *', '0 0 * JAN,JUL SUN', '0 12 29 2 *', '5-55/10 8-18/2 * * 1,3,5', '0 2 * * 7'])(
    'matches croner itself for %j',
    (expr) => {
      const ours = nextRuns(expr, 5, FROM).map((d) => d.toISOString());
      const croner = new Cron(expr, { timezone: 'UTC' }).nextRuns(5, FROM).map((d) => d.toISOString());
      expect(ours).toHaveLength(5);
      expect(ours).toEqual(croner);
    },
  );

  it('is empty for an invalid expression', () => {
    expect(nextRuns('0 9 * * 9', 5, FROM)).toEqual([]);
  });
});
