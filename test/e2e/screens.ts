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
    await page.waitForTimeout(50); // let the theme's CSS transition settle
    await page.screenshot({ path: `${SCREENS_DIR}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
