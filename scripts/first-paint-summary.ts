/** One page load, in ms from navigation start. */
export interface PaintSample {
  /** DOMContentLoaded done: the module scripts were fetched, parsed and run (what the bundle's size costs). */
  scriptsMs: number;
  /** First contentful paint. */
  firstPaintMs: number;
  /** The app's shell (`#main`) on screen: the state came over IPC and the landing page rendered. */
  readyMs: number;
}

export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The line `npm run preview` prints: medians of this build against the baseline's, and their
 * ratio (below 1 is faster). Each side's figures come from the same run, loads interleaved.
 */
export function firstPaintLine(current: readonly PaintSample[], baseline: readonly PaintSample[] | null, baselineName: string): string {
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');
  const medians = (list: readonly PaintSample[]) => ({
    scripts: median(list.map((x) => x.scriptsMs)),
    paint: median(list.map((x) => x.firstPaintMs)),
    ready: median(list.map((x) => x.readyMs)),
  });
  const cur = medians(current);
  const parts = [`scripts_ms=${fmt(cur.scripts)}`, `first_paint_ms=${fmt(cur.paint)}`, `ready_ms=${fmt(cur.ready)}`];
  if (baseline) {
    const base = medians(baseline);
    const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : 'n/a');
    parts.push(
      `${baselineName}_scripts_ms=${fmt(base.scripts)}`,
      `${baselineName}_first_paint_ms=${fmt(base.paint)}`,
      `${baselineName}_ready_ms=${fmt(base.ready)}`,
      `paint_ratio=${ratio(cur.paint, base.paint)}`,
    );
  }
  return `preview ${parts.join(' ')} runs=${current.length}`;
}
