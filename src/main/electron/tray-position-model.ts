import { bestWorkArea, moveInside } from './geometry-model';
import type { Rect } from './geometry-model';

/** The gap between the tray icon and the window. */
const GAP = 4;

/**
 * Where a window shown from the tray goes (pure): next to the tray icon, on the side of the
 * screen the taskbar/menu bar is on, centred on the icon, and always inside the work area of
 * the display holding the icon. The taskbar side is inferred from where the icon sits relative
 * to the work area: above it (macOS menu bar, top panels), below (Windows default), or beside.
 * Null when the tray reports no usable bounds (Linux AppIndicator gives zeros): use the
 * remembered or default position instead.
 */
export function positionNearTray(tray: Rect, size: { width: number; height: number }, workAreas: readonly Rect[]): { x: number; y: number } | null {
  if (tray.width <= 0 || tray.height <= 0) return null;
  const area = bestWorkArea(tray, workAreas);
  if (!area) return null;
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  const centreX = tray.x + tray.width / 2 - width / 2;
  const centreY = tray.y + tray.height / 2 - height / 2;

  let x: number;
  let y: number;
  if (tray.y + tray.height <= area.y + 1) {
    // Bar at the top: drop down below it.
    x = centreX;
    y = area.y + GAP;
  } else if (tray.y >= area.y + area.height - 1) {
    // Bar at the bottom: rise above it.
    x = centreX;
    y = area.y + area.height - height - GAP;
  } else if (tray.x >= area.x + area.width - 1) {
    // Bar on the right.
    x = area.x + area.width - width - GAP;
    y = centreY;
  } else if (tray.x + tray.width <= area.x + 1) {
    // Bar on the left.
    x = area.x + GAP;
    y = centreY;
  } else {
    // The icon is inside the work area (auto-hiding bars): open below it when there is room.
    x = centreX;
    y = tray.y + tray.height + GAP + height <= area.y + area.height ? tray.y + tray.height + GAP : tray.y - height - GAP;
  }
  const placed = moveInside({ x, y, width, height }, area);
  return { x: placed.x, y: placed.y };
}
