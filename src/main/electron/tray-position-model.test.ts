import { describe, expect, it } from 'vitest';
import { positionNearTray } from './tray-position-model';

const size = { width: 400, height: 560 };
// A 1440×900 display with a 25 px menu bar (macOS), a 1920×1080 display with a 40 px taskbar at the bottom (Windows).
const mac = [{ x: 0, y: 25, width: 1440, height: 875 }];
const win = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('positionNearTray', () => {
  it.each([
    ['macOS menu bar, icon mid-right: below the bar, centred on the icon', { x: 1000, y: 0, width: 24, height: 24 }, mac, { x: 812, y: 29 }],
    ['macOS, icon at the far right: clamped inside the screen', { x: 1420, y: 0, width: 20, height: 24 }, mac, { x: 1040, y: 29 }],
    ['Windows taskbar at the bottom: above it', { x: 1700, y: 1040, width: 24, height: 40 }, win, { x: 1512, y: 476 }],
    ['taskbar on the right', { x: 1880, y: 500, width: 40, height: 24 }, [{ x: 0, y: 0, width: 1880, height: 1080 }], { x: 1476, y: 232 }],
    ['taskbar on the left', { x: 0, y: 500, width: 40, height: 24 }, [{ x: 40, y: 0, width: 1880, height: 1080 }], { x: 44, y: 232 }],
    ['icon inside the work area (auto-hide bar): opens below it', { x: 600, y: 10, width: 24, height: 24 }, win, { x: 412, y: 38 }],
    ['icon near the bottom inside the work area: opens above it', { x: 600, y: 1000, width: 24, height: 24 }, win, { x: 412, y: 436 }],
    [
      'second display on the left with negative coordinates',
      { x: -300, y: 1040, width: 24, height: 40 },
      [win[0]!, { x: -1280, y: 56, width: 1280, height: 984 }],
      { x: -488, y: 476 },
    ],
  ])('%s', (_name, tray, areas, expected) => {
    expect(positionNearTray(tray, size, areas)).toEqual(expected);
  });

  it('shrinks to a work area smaller than the window', () => {
    expect(positionNearTray({ x: 100, y: 0, width: 20, height: 20 }, size, [{ x: 0, y: 20, width: 300, height: 400 }])).toEqual({ x: 0, y: 20 });
  });

  it('gives up on empty tray bounds (Linux AppIndicator) or no displays', () => {
    expect(positionNearTray({ x: 0, y: 0, width: 0, height: 0 }, size, win)).toBeNull();
    expect(positionNearTray({ x: 10, y: 10, width: 20, height: 20 }, size, [])).toBeNull();
  });
});
