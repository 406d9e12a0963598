import { describe, expect, it } from 'vitest';
import { consumptionSchema } from '../domain/consumption';
import { dayStartOfIso, isoDay, lastDays, usageDayStart, usageMonth } from './day-boundary';
import { dailySeries } from './usage-report';

const D = Date.UTC(2024, 11, 5, 8) / 1000; // 1733385600: the docs' example boundary
const DAY = 86_400;

describe('usage days (08:00 UTC boundary, as the docs name it)', () => {
  it('the docs example 1733385600 is a day start named 2024-12-05', () => {
    expect(D).toBe(1733385600);
    expect(usageDayStart(D)).toBe(D);
    expect(isoDay(D)).toBe('2024-12-05');
    expect(dayStartOfIso('2024-12-05')).toBe(D);
  });

  it.each([
    ['07:59:59 UTC belongs to the day before', D - 1, '2024-12-04'],
    ['08:00 UTC starts the day', D, '2024-12-05'],
    ['23:59 UTC is still that day', D + 16 * 3600 - 60, '2024-12-05'],
    ['07:59 UTC next morning is still that day', D + DAY - 60, '2024-12-05'],
  ])('%s', (_n, sec, day) => {
    expect(isoDay(sec)).toBe(day);
  });

  it('lastDays ends with today and starts on a boundary', () => {
    const p = lastDays(7, (D + 3600) * 1000);
    expect(p).toEqual({ days: 7, fromSec: D - 6 * DAY, toSec: D + DAY });
  });

  it('months follow the ISO day; bad ISO days are refused', () => {
    expect(usageMonth(D + 3600)).toEqual({ key: '2024-12', fromSec: dayStartOfIso('2024-12-01') });
    expect(usageMonth(Date.UTC(2025, 0, 1, 7) / 1000).key).toBe('2024-12');
    expect(dayStartOfIso('2024-02-30')).toBeNull();
    expect(dayStartOfIso('yesterday')).toBeNull();
  });
});

describe('dailySeries: what the API answered → every day of the period', () => {
  const period = { days: 3, fromSec: D, toSec: D + 3 * DAY };
  const parse = (body: unknown) => consumptionSchema.parse(body);

  it('fills missing days with 0 and keeps the product split', () => {
    const s = dailySeries(parse({ total_acus: 5, consumption_by_date: [{ date: D + DAY, acus: 5, acus_by_product: { devin: 4, cascade: 1, terminal: 0 } }] }), period);
    expect(s.days.map((d) => [d.date, d.acus, d.byProduct.devin, d.byProduct.cascade])).toEqual([
      ['2024-12-05', 0, 0, 0],
      ['2024-12-06', 5, 4, 1],
      ['2024-12-07', 0, 0, 0],
    ]);
    expect(s.totalAcus).toBe(5);
  });

  it('tolerates older and odd answers: no split (Devin), ms dates, unknown products, days outside, duplicates, nulls', () => {
    const s = dailySeries(
      parse({
        total_acus: 999,
        consumption_by_date: [
          { date: D, acus: 2 },
          { date: (D + DAY) * 1000, acus: 3, acus_by_product: { devin: 1, windsurf_next: 2 } },
          { date: D + DAY + 60, acus: 1, acus_by_product: { terminal: 1, cascade: null } },
          { date: D - DAY, acus: 100 },
          { date: D + 2 * DAY, acus: null },
        ],
        unknown_field: true,
      }),
      period,
    );
    expect(s.days.map((d) => [d.acus, d.byProduct])).toEqual([
      [2, { devin: 2, cascade: 0, terminal: 0 }],
      [4, { devin: 1, cascade: 0, terminal: 1 }],
      [0, { devin: 0, cascade: 0, terminal: 0 }],
    ]);
    // The total is what the days show, not the API's figure for a wider window.
    expect(s.totalAcus).toBe(6);
  });

  it('an empty answer is a period of zeros', () => {
    const s = dailySeries(parse({ total_acus: 0, consumption_by_date: null }), period);
    expect(s).toEqual({ totalAcus: 0, days: expect.arrayContaining([expect.objectContaining({ acus: 0 })]) });
    expect(s.days).toHaveLength(3);
  });
});
