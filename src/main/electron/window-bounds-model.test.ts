import { describe, expect, it } from 'vitest';
import { restoreWindowBounds } from './window-bounds-model';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoreWindowBounds', () => {
  it.each([
    ['nothing saved: let Electron centre the default window', null, [laptop], null],
    ['fully visible: kept as is', { x: 100, y: 100, width: 1100, height: 720 }, [laptop], { x: 100, y: 100, width: 1100, height: 720 }],
    ['on the external display, still attached: kept', { x: 2000, y: 200, width: 1400, height: 900 }, [laptop, external], { x: 2000, y: 200, width: 1400, height: 900 }],
    ['external display unplugged: moved onto the laptop and shrunk to fit', { x: 2000, y: 200, width: 1400, height: 900 }, [laptop], { x: 40, y: 25, width: 1400, height: 875 }],
    ['mostly off the right edge, a grabbable strip left: kept', { x: 1300, y: 100, width: 800, height: 600 }, [laptop], { x: 1300, y: 100, width: 800, height: 600 }],
    ['only a sliver visible: pulled back in', { x: 1400, y: 100, width: 800, height: 600 }, [laptop], { x: 640, y: 100, width: 800, height: 600 }],
    ['title bar above the work area (under the menu bar): pulled down', { x: 100, y: 0, width: 800, height: 600 }, [laptop], { x: 100, y: 25, width: 800, height: 600 }],
    ['far away negative coordinates: nearest display', { x: -5000, y: -5000, width: 800, height: 600 }, [laptop, external], { x: 0, y: 25, width: 800, height: 600 }],
    ['a display smaller than the minimum size: fits the display', { x: 0, y: 0, width: 1100, height: 720 }, [{ x: 0, y: 0, width: 640, height: 400 }], { x: 0, y: 0, width: 640, height: 400 }],
    ['non-finite values from a hand-edited file: ignored', { x: Number.NaN, y: 0, width: 800, height: 600 }, [laptop], null],
  ])('%s', (_name, saved, areas, expected) => {
    expect(restoreWindowBounds(saved, areas)).toEqual(expected);
  });

  it('no displays reported: null', () => {
    expect(restoreWindowBounds({ x: 0, y: 0, width: 800, height: 600 }, [])).toBeNull();
  });
});
