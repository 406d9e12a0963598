/** A rectangle in screen coordinates (DIP), as Electron's `Rectangle`. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The overlapping area of two rectangles (0 when they do not touch). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Moves (never resizes) `inner` so it lies within `outer` when it fits; the top-left wins otherwise. */
export function moveInside(inner: Rect, outer: Rect): Rect {
  const x = Math.max(outer.x, Math.min(inner.x, outer.x + outer.width - inner.width));
  const y = Math.max(outer.y, Math.min(inner.y, outer.y + outer.height - inner.height));
  return { ...inner, x: Math.round(x), y: Math.round(y) };
}

/** The work area containing most of `r`, else the one nearest to its centre, else the first. */
export function bestWorkArea(r: Rect, workAreas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const wa of workAreas) {
    const area = overlapArea(r, wa);
    if (area > bestArea) {
      best = wa;
      bestArea = area;
    }
  }
  if (best) return best;
  const cx = r.x + r.width / 2;
  const cy = r.y + r.height / 2;
  let nearest: Rect | null = null;
  let nearestD = Infinity;
  for (const wa of workAreas) {
    const dx = Math.max(wa.x - cx, 0, cx - (wa.x + wa.width));
    const dy = Math.max(wa.y - cy, 0, cy - (wa.y + wa.height));
    const d = dx * dx + dy * dy;
    if (d < nearestD) {
      nearest = wa;
      nearestD = d;
    }
  }
  return nearest;
}
