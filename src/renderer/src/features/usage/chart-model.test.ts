import { describe, expect, it } from 'vitest';
import type { UsageDay } from '../../../../shared/usage/usage-report';
import { labelStep, productsShown, stackLayers } from './chart-model';

const day = (devin: number, cascade = 0, terminal = 0): UsageDay => ({
  date: '2026-01-15',
  startSec: 0,
  acus: devin + cascade + terminal,
  byProduct: { devin, cascade, terminal },
});

describe('chart model', () => {
  it('stacks Devin, Windsurf, terminal bottom-up; the drawing order is tallest first', () => {
    const layers = stackLayers([day(1, 2, 3), day(4)]);
    expect(layers).toEqual([
      { product: 'terminal', tops: [6, 4] },
      { product: 'cascade', tops: [3, 4] },
      { product: 'devin', tops: [1, 4] },
    ]);
  });

  it('shows products that were used (Devin always)', () => {
    expect(productsShown([day(0), day(0, 0, 1)])).toEqual(['devin', 'terminal']);
    expect(productsShown([])).toEqual(['devin']);
  });

  it('labels fewer days as the period grows or the chart narrows', () => {
    expect(labelStep(7, 600)).toBe(1);
    expect(labelStep(30, 600)).toBe(7);
    expect(labelStep(30, 2000)).toBe(1);
    expect(labelStep(90, 600)).toBe(14);
    expect(labelStep(90, 100)).toBe(30);
  });
});
