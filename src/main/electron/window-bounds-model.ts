import { bestWorkArea, moveInside, overlapArea } from './geometry-model';
import type { Rect } from './geometry-model';

export const DEFAULT_WINDOW_SIZE = { width: 1100, height: 720 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/** How much of a window must be on a display to be kept where it was (a grabbable strip). */
const MIN_VISIBLE = { width: 120, height: 48 } as const;

/**
 * The bounds to restore (pure). The displays may have changed since the bounds were saved (a
 * monitor unplugged, resolution lowered), so: no saved bounds → null (Electron centres a default
 * window); a window mostly off-screen → moved onto the display it overlaps most, or the nearest;
 * larger than that display's work area → shrunk to fit (never below the minimum size).
 */
export function restoreWindowBounds(saved: Rect | null, workAreas: readonly Rect[]): Rect | null {
  if (!saved || workAreas.length === 0) return null;
  if (![saved.x, saved.y, saved.width, saved.height].every(Number.isFinite)) return null;
  const area = bestWorkArea(saved, workAreas);
  if (!area) return null;
  const width = Math.max(Math.min(saved.width, area.width), Math.min(MIN_WINDOW_SIZE.width, area.width));
  const height = Math.max(Math.min(saved.height, area.height), Math.min(MIN_WINDOW_SIZE.height, area.height));
  const sized = { x: Math.round(saved.x), y: Math.round(saved.y), width: Math.round(width), height: Math.round(height) };
  // A title bar strip visible on some display is enough to keep the position the user chose.
  const titleStrip = { x: sized.x, y: sized.y, width: sized.width, height: Math.min(MIN_VISIBLE.height, sized.height) };
  const visible = workAreas.some((wa) => {
    const w = Math.min(titleStrip.x + titleStrip.width, wa.x + wa.width) - Math.max(titleStrip.x, wa.x);
    return overlapArea(titleStrip, wa) > 0 && w >= MIN_VISIBLE.width && titleStrip.y >= wa.y;
  });
  if (visible && sized.width === Math.round(saved.width) && sized.height === Math.round(saved.height)) return sized;
  return moveInside(sized, area);
}
