import { describe, expect, it } from 'vitest';
import { captureShortcut } from './shortcut-capture';
import type { CaptureKeyEvent } from './shortcut-capture';
// Main validates again when it registers the shortcut; what the field produces must pass there.
import { isValidGlobalAccelerator } from '../../../main/electron/shortcut-model';

const key = (k: string, code: string, mods: Partial<CaptureKeyEvent> = {}): CaptureKeyEvent => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('captureShortcut', () => {
  it.each([
    [key('D', 'KeyD', { ctrlKey: true, shiftKey: true }), false, 'CommandOrControl+Shift+D'],
    [key('d', 'KeyD', { metaKey: true, altKey: true }), true, 'CommandOrControl+Alt+D'],
    [key('d', 'KeyD', { ctrlKey: true }), true, 'Control+D'],
    [key('d', 'KeyD', { metaKey: true }), false, 'Super+D'],
    [key(' ', 'Space', { ctrlKey: true, shiftKey: true }), false, 'CommandOrControl+Shift+Space'],
    [key('F12', 'F12', { altKey: true }), false, 'Alt+F12'],
    [key('ArrowUp', 'ArrowUp', { ctrlKey: true, altKey: true }), false, 'CommandOrControl+Alt+Up'],
    // AZERTY: the digit row gives "&" without Shift; the physical key is still Digit1.
    [key('&', 'Digit1', { ctrlKey: true, altKey: true }), false, 'CommandOrControl+Alt+1'],
    // Shift changes the character, not the key.
    [key('!', 'Digit1', { ctrlKey: true, shiftKey: true }), false, 'CommandOrControl+Shift+1'],
    [key('/', 'Slash', { ctrlKey: true }), false, 'CommandOrControl+/'],
  ] as const)('%o (mac=%s) → %s', (event, isMac, accelerator) => {
    expect(captureShortcut(event, isMac)).toEqual({ kind: 'accelerator', accelerator });
    expect(isValidGlobalAccelerator(accelerator)).toBe(true);
  });

  it('produces only accelerators main accepts, for every key it knows', () => {
    const codes = [
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c) => `Key${c}`),
      ...'0123456789'.split('').flatMap((d) => [`Digit${d}`, `Numpad${d}`]),
      ...Array.from({ length: 24 }, (_, i) => `F${i + 1}`),
      'Space', 'Enter', 'Insert', 'Home', 'End', 'PageUp', 'PageDown', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight',
      'Minus', 'Equal', 'BracketLeft', 'BracketRight', 'Backslash', 'Semicolon', 'Quote', 'Comma', 'Period', 'Slash', 'Backquote',
      'NumpadAdd', 'NumpadSubtract', 'NumpadMultiply', 'NumpadDivide', 'NumpadDecimal',
    ];
    for (const code of codes) {
      const r = captureShortcut(key('x', code, { ctrlKey: true, altKey: true }), false);
      expect(r.kind === 'accelerator' && isValidGlobalAccelerator(r.accelerator), code).toBe(true);
    }
  });

  it('waits while only modifiers are held', () => {
    expect(captureShortcut(key('Control', 'ControlLeft', { ctrlKey: true }), false)).toEqual({ kind: 'waiting' });
    expect(captureShortcut(key('Shift', 'ShiftLeft', { shiftKey: true }), false)).toEqual({ kind: 'waiting' });
  });

  it('lets Tab move focus, Esc cancel and Backspace/Delete clear', () => {
    expect(captureShortcut(key('Tab', 'Tab'), false)).toEqual({ kind: 'pass' });
    expect(captureShortcut(key('Tab', 'Tab', { shiftKey: true }), false)).toEqual({ kind: 'pass' });
    expect(captureShortcut(key('Escape', 'Escape'), false)).toEqual({ kind: 'cancel' });
    expect(captureShortcut(key('Backspace', 'Backspace'), false)).toEqual({ kind: 'clear' });
    expect(captureShortcut(key('Delete', 'Delete'), true)).toEqual({ kind: 'clear' });
    expect(captureShortcut(key('Backspace', 'Backspace', { ctrlKey: true }), false)).toEqual({ kind: 'accelerator', accelerator: 'CommandOrControl+Backspace' });
  });

  it('needs a modifier, and Shift alone is not one', () => {
    expect(captureShortcut(key('d', 'KeyD'), false)).toEqual({ kind: 'problem', problem: 'needsModifier', key: 'D' });
    expect(captureShortcut(key('D', 'KeyD', { shiftKey: true }), false)).toEqual({ kind: 'problem', problem: 'needsModifier', key: 'D' });
  });

  it('refuses keys Electron cannot register', () => {
    expect(captureShortcut(key('AudioVolumeUp', 'AudioVolumeUp', { ctrlKey: true }), false)).toEqual({ kind: 'problem', problem: 'unsupportedKey', key: 'AudioVolumeUp' });
    expect(captureShortcut(key('Dead', 'IntlBackslash', { ctrlKey: true }), false)).toMatchObject({ problem: 'unsupportedKey' });
  });
});
