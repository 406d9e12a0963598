import { SECTIONS } from './sections';
import type { SectionId } from './sections';

export interface ShortcutKeyEvent {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * Cmd+1…7 on macOS, Ctrl+1…7 elsewhere → the section at that position, else null.
 * Reads `code` too, so layouts where digits need Shift (AZERTY) still work.
 */
export function sectionForShortcut(e: ShortcutKeyEvent, isMac: boolean): SectionId | null {
  const modifier = isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
  if (!modifier || e.altKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : null);
  if (!digit) return null;
  return SECTIONS[Number(digit) - 1]?.id ?? null;
}

/** How the shortcut for section number `n` (1-based) is written on this platform. */
export function shortcutLabel(n: number, isMac: boolean): string {
  return isMac ? `⌘${n}` : `Ctrl+${n}`;
}

/** The OS, preferring what main reported over the user agent. */
export function isMacPlatform(platform: string | undefined): boolean {
  if (platform) return platform === 'darwin';
  return typeof navigator !== 'undefined' && /Mac/i.test(navigator.userAgent);
}
