/** The parts of a keydown the capture field reads. */
export interface CaptureKeyEvent {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** What a keydown in the shortcut field means. */
export type CaptureResult =
  /** A modifier alone: keep waiting for the key. */
  | { kind: 'waiting' }
  /** Tab / Shift+Tab: let focus move on. */
  | { kind: 'pass' }
  /** Esc: leave the shortcut as it was. */
  | { kind: 'cancel' }
  /** Backspace or Delete alone: remove the shortcut. */
  | { kind: 'clear' }
  | { kind: 'accelerator'; accelerator: string }
  | { kind: 'problem'; problem: 'needsModifier' | 'unsupportedKey'; key: string };

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'OS', 'Super', 'Hyper', 'Fn', 'CapsLock']);

/** Physical keys that are not letters or digits → Electron's accelerator key names. */
const NAMED_CODES: Record<string, string> = {
  Space: 'Space', Enter: 'Enter', NumpadEnter: 'Enter', Insert: 'Insert', Delete: 'Delete', Backspace: 'Backspace',
  Home: 'Home', End: 'End', PageUp: 'PageUp', PageDown: 'PageDown',
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Minus: '-', Equal: '=', BracketLeft: '[', BracketRight: ']', Backslash: '\\', Semicolon: ';', Quote: "'",
  Comma: ',', Period: '.', Slash: '/', Backquote: '`',
  NumpadAdd: 'numadd', NumpadSubtract: 'numsub', NumpadMultiply: 'nummult', NumpadDivide: 'numdiv', NumpadDecimal: 'numdec',
};

/**
 * Turns a keydown into an Electron accelerator, e.g. Ctrl+Shift+D → "CommandOrControl+Shift+D"
 * (Ctrl on Windows/Linux and ⌘ on macOS are both written CommandOrControl, so the setting means
 * the same on every OS). Reads the physical key (`code`), so layouts and Shift do not change the
 * letter. Mirrors main's rule: at least one modifier, and Shift alone is not enough.
 */
export function captureShortcut(e: CaptureKeyEvent, isMac: boolean): CaptureResult {
  if (MODIFIER_KEYS.has(e.key)) return { kind: 'waiting' };
  const bare = !e.ctrlKey && !e.metaKey && !e.altKey;
  if (e.key === 'Tab' && bare) return { kind: 'pass' };
  if (e.key === 'Escape' && bare && !e.shiftKey) return { kind: 'cancel' };
  if ((e.key === 'Backspace' || e.key === 'Delete') && bare && !e.shiftKey) return { kind: 'clear' };

  const key = keyName(e.code);
  if (!key) return { kind: 'problem', problem: 'unsupportedKey', key: e.key === ' ' ? 'Space' : e.key };
  const mods: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) mods.push('CommandOrControl');
  if (isMac && e.ctrlKey) mods.push('Control');
  if (!isMac && e.metaKey) mods.push('Super');
  if (e.altKey) mods.push('Alt');
  if (e.shiftKey) mods.push('Shift');
  if (mods.length === 0 || (mods.length === 1 && mods[0] === 'Shift')) return { kind: 'problem', problem: 'needsModifier', key };
  return { kind: 'accelerator', accelerator: [...mods, key].join('+') };
}

function keyName(code: string): string | null {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1] as string;
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit) return digit[1] as string;
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad) return `num${numpad[1]}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return NAMED_CODES[code] ?? null;
}
