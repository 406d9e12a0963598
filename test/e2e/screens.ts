import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';

export const SCREENS_DIR = 'test-results/screens';

/**
 * Saves `name-light.png` and `name-dark.png` (theme "system" follows the emulated color scheme).
 * These are looked at by a person before a screen is called done; the README's come from here.
 */
export async function shootBothThemes(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await themeSettled(page);
    await page.screenshot({ path: `${SCREENS_DIR}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * After a colour-scheme switch: two frames for the new theme's styles to apply, then until no CSS
 * transition is still running (colours fade between themes). A fixed wait was too short under load,
 * and axe then measured dark text on a still-light background.
 */
export async function themeSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
}
