import { describe, expect, it } from 'vitest';
import { firstPaintLine, median } from './first-paint-summary';

describe('median', () => {
  it('takes the middle value, the mean of the two middle ones, and ignores non-numbers', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

describe('firstPaintLine', () => {
  const s = (firstPaintMs: number, readyMs: number, scriptsMs = firstPaintMs / 2) => ({ scriptsMs, firstPaintMs, readyMs });
  it('prints both builds and the ratio of their medians', () => {
    const line = firstPaintLine([s(100, 150), s(120, 160), s(80, 140)], [s(200, 300), s(220, 280), s(210, 310)], '6e33dea');
    expect(line).toBe('preview scripts_ms=50 first_paint_ms=100 ready_ms=150 6e33dea_scripts_ms=105 6e33dea_first_paint_ms=210 6e33dea_ready_ms=300 paint_ratio=0.48 runs=3');
  });

  it('prints this build alone when the baseline could not be built', () => {
    expect(firstPaintLine([s(90, 120)], null, '6e33dea')).toBe('preview scripts_ms=45 first_paint_ms=90 ready_ms=120 runs=1');
  });
});
