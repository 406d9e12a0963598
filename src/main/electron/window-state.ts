import { screen } from 'electron';
import type { BrowserWindow } from 'electron';
import type { WindowBounds } from '../../shared/settings';
import type { SettingsStore } from '../settings/settings-store';
import { restoreWindowBounds } from './window-bounds-model';

/** The saved bounds, clamped to the displays attached now (null: let Electron centre the window). */
export function initialWindowBounds(settings: Pick<SettingsStore, 'get'>): WindowBounds | null {
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  return restoreWindowBounds(settings.get().windowBounds, areas);
}

/**
 * Remembers the window's normal (not maximised/minimised) bounds, written a moment after the
 * last move or resize and when the window closes.
 */
export function rememberWindowBounds(win: BrowserWindow, settings: Pick<SettingsStore, 'update'>, debounceMs = 800): void {
  let timer: NodeJS.Timeout | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    void settings.update({ windowBounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) } }).catch(() => undefined);
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', save);
}
