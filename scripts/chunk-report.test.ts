import { describe, expect, it } from 'vitest';
import { chunkReport, formatChunkReport, INITIAL_BUDGET_BYTES } from './chunk-report';

const chunk = (fileName: string, bytes: number, imports: string[] = [], isEntry = false) => ({ fileName, bytes, imports, isEntry });

describe('chunkReport', () => {
  it('counts the entry and its static imports as initial, dynamic-only chunks as lazy', () => {
    const r = chunkReport([
      chunk('index.js', 300, ['vendor.js'], true),
      chunk('vendor.js', 200, ['shared.js']),
      chunk('shared.js', 50),
      chunk('Markdown.js', 80, ['shared.js']),
      chunk('Schedules.js', 120),
    ]);
    expect(r.initial.map((c) => c.fileName)).toEqual(['index.js', 'vendor.js', 'shared.js']);
    expect(r.lazy.map((c) => c.fileName)).toEqual(['Schedules.js', 'Markdown.js']);
    expect(r.initialBytes).toBe(550);
    expect(r.lazyBytes).toBe(200);
  });

  it('is over budget when the initial chunks pass it', () => {
    expect(chunkReport([chunk('index.js', 1001, [], true)], 1000).withinBudget).toBe(false);
    expect(chunkReport([chunk('index.js', 1000, [], true)], 1000).withinBudget).toBe(true);
    expect(INITIAL_BUDGET_BYTES).toBe(645_368);
  });

  it('survives an import cycle and prints one line per chunk and a summary', () => {
    const r = chunkReport([chunk('a.js', 10, ['b.js'], true), chunk('b.js', 10, ['a.js']), chunk('lazy.js', 5)]);
    const lines = formatChunkReport(r);
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/initial\s+a\.js\s+0\.0 kB/);
    expect(lines[3]).toMatch(/lazy\s+lazy\.js/);
    expect(lines[4]).toMatch(/^renderer initial=20 bytes .* lazy=5 bytes in 1 chunks$/);
  });

  it('counts the largest locale chunk into the first paint, and holds that to the budget', () => {
    const r = chunkReport(
      [
        chunk('index.js', 600, [], true),
        { ...chunk('en.js', 40), locale: true },
        { ...chunk('zh-CN.js', 45), locale: true },
        chunk('lazy.js', 500),
      ],
      640,
    );
    expect(r.locales.map((c) => c.fileName)).toEqual(['zh-CN.js', 'en.js']);
    expect(r.lazy.map((c) => c.fileName)).toEqual(['lazy.js']);
    expect(r.localeBytes).toBe(45);
    expect(r.firstPaintBytes).toBe(645);
    expect(r.withinBudget).toBe(false);
    const lines = formatChunkReport(r);
    expect(lines[2]).toMatch(/^\s+locale\s+zh-CN\.js/);
    expect(lines.at(-1)).toMatch(/one locale's messages \(at most 0\.0 kB\) = first paint 645 bytes .* lazy=500 bytes in 1 chunks$/);
  });
});
