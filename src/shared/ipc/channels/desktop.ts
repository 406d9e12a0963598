import { z } from 'zod';
import { type } from '../phantom';

/**
 * Where the desktop shell asks the UI to go: a tray item, a `devin-tray://` link or a second
 * launch. `handoff` carries the folder (already validated by main; `handle` is what the page
 * inspects it by, issued to the page that takes the navigation) and an optional task;
 * `confirm: true` when main decided the folder must be shown and wait for a click before any git
 * runs (it came from a link and is not a repository in Recent).
 */
export type DesktopNavigation =
  | { section: 'handoff'; path?: string; handle?: string; task?: string; confirm?: boolean }
  | { section: 'sessions'; newSession?: boolean }
  | { section: 'settings' }
  | { section: 'usage' };

/**
 * Desktop channels. Main keeps the latest navigation until the UI takes it, so a request made
 * while the window is still loading is not lost: the UI calls `desktop:takeNavigation` once on
 * mount and again whenever `desktop:navigate` arrives (the event is only a nudge).
 */
export const desktopChannels = {
  'desktop:takeNavigation': { request: z.undefined(), response: type<DesktopNavigation | null>() },
} as const;

export const desktopEvents = {
  'desktop:navigate': type<DesktopNavigation>(),
} as const;

export type DesktopChannelName = keyof typeof desktopChannels;
