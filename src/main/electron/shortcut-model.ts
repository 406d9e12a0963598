/**
 * Global shortcut: accelerator validation and the change plan with rollback (pure). The glue
 * executes the steps against Electron's globalShortcut and reports back.
 */

const MODIFIERS = new Set([
  'command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta',
]);
const NAMED_KEYS = new Set([
  'plus', 'space', 'tab', 'capslock', 'numlock', 'scrolllock', 'backspace', 'delete', 'insert', 'return', 'enter',
  'up', 'down', 'left', 'right', 'home', 'end', 'pageup', 'pagedown', 'escape', 'esc', 'volumeup', 'volumedown',
  'volumemute', 'medianexttrack', 'mediaprevioustrack', 'mediastop', 'mediaplaypause', 'printscreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]);

/**
 * Whether `accelerator` is an Electron accelerator fit for a global shortcut: one or more
 * modifiers (a bare key system-wide would swallow normal typing) and exactly one key, e.g.
 * `CommandOrControl+Shift+Space`, `Alt+F12`.
 */
export function isValidGlobalAccelerator(accelerator: string): boolean {
  if (accelerator.length === 0 || accelerator.length > 100) return false;
  const parts = accelerator.split('+');
  // "Ctrl++" means Ctrl and the plus key: the split leaves two empty parts at the end.
  if (accelerator.endsWith('++')) parts.splice(parts.length - 2, 2, 'Plus');
  if (parts.some((p) => p.length === 0)) return false;
  const key = parts[parts.length - 1] as string;
  const mods = parts.slice(0, -1).map((m) => m.toLowerCase());
  if (mods.length === 0 || mods.some((m) => !MODIFIERS.has(m))) return false;
  if (new Set(mods).size !== mods.length) return false;
  if (mods.every((m) => m === 'shift')) return false;
  return isKey(key);
}

function isKey(key: string): boolean {
  if (/^[A-Za-z0-9]$/.test(key)) return true;
  if (/^F([1-9]|1[0-9]|2[0-4])$/i.test(key)) return true;
  if (/^[)!@#$%^&*(:;<=>?_\-~{}[\]|\\'",./`]$/.test(key)) return true;
  return NAMED_KEYS.has(key.toLowerCase());
}

/** What the glue must do to move from the active shortcut to the wanted one. */
export type ShortcutStep =
  | { kind: 'none' }
  | { kind: 'unregister'; from: string }
  | { kind: 'swap'; from: string | null; to: string }
  | { kind: 'reject'; to: string; keep: string | null };

/** Plans a change: nothing, drop the old one, try the new one (after dropping the old), or refuse an invalid one. */
export function planShortcutChange(active: string | null, wanted: string | null): ShortcutStep {
  if (wanted === active) return { kind: 'none' };
  if (wanted === null) return active === null ? { kind: 'none' } : { kind: 'unregister', from: active };
  if (!isValidGlobalAccelerator(wanted)) return { kind: 'reject', to: wanted, keep: active };
  return { kind: 'swap', from: active, to: wanted };
}

/** The outcome of a step, for settings and the user. */
export interface ShortcutOutcome {
  /** The accelerator registered now. */
  active: string | null;
  /** Write this back to settings when it differs from what was asked (rollback). */
  settingsValue: string | null;
  /** A notice for the user, by i18n key. */
  notice?: { key: 'desktop.notice.shortcutInvalid' | 'desktop.notice.shortcutTaken' | 'desktop.notice.shortcutLost'; accelerator: string; previous: string | null };
}

/**
 * Resolves a step once the glue tried it. `registered` is whether the new accelerator took;
 * `restored` whether the old one could be registered again after the new one failed.
 */
export function resolveShortcutChange(step: ShortcutStep, registered: boolean, restored: boolean): ShortcutOutcome | null {
  switch (step.kind) {
    case 'none':
      return null;
    case 'unregister':
      return { active: null, settingsValue: null };
    case 'reject':
      return { active: step.keep, settingsValue: step.keep, notice: { key: 'desktop.notice.shortcutInvalid', accelerator: step.to, previous: step.keep } };
    case 'swap':
      if (registered) return { active: step.to, settingsValue: step.to };
      if (step.from === null || restored) {
        return { active: step.from, settingsValue: step.from, notice: { key: 'desktop.notice.shortcutTaken', accelerator: step.to, previous: step.from } };
      }
      return { active: null, settingsValue: null, notice: { key: 'desktop.notice.shortcutLost', accelerator: step.from, previous: null } };
  }
}
