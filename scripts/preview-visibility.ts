import type { Page } from '@playwright/test';

/** What the page reports: whether it has focus, and the document's visibility. */
export interface PageVisibility {
  focused: boolean;
  visibilityState: string;
}

/**
 * Whether `npm run preview`'s window counts as visible for polling (pure). Electron asks the
 * window (shown and not minimized); Chromium tells a page only its focus and its document's
 * visibility. A focused window is visible whatever the document says (some window managers
 * report a focused --app window as hidden); an unfocused one counts while its document is shown.
 */
export function previewWindowVisible(v: PageVisibility): boolean {
  return v.focused || v.visibilityState === 'visible';
}

const BINDING = '__devinTrayWindowVisibility';

/**
 * Reports the page's visibility to `setVisible` on load, focus, blur and visibility changes, and
 * `false` when the page closes, as app.ts does for the Electron window. Call before the page
 * navigates (Harness.open's `beforeLoad`).
 */
export async function trackWindowVisibility(page: Page, setVisible: (visible: boolean) => void): Promise<void> {
  let last: boolean | null = null;
  const report = (visible: boolean) => {
    if (visible === last) return;
    last = visible;
    setVisible(visible);
  };
  await page.exposeBinding(BINDING, (_source, raw: unknown) => {
    // Only these two fields are read; anything else the page sends is ignored.
    const v = raw as Partial<PageVisibility> | null;
    report(previewWindowVisible({ focused: v?.focused === true, visibilityState: typeof v?.visibilityState === 'string' ? v.visibilityState : 'hidden' }));
  });
  await page.addInitScript((binding) => {
    const send = () => {
      const fn = (window as unknown as Record<string, ((v: unknown) => void) | undefined>)[binding];
      fn?.({ focused: document.hasFocus(), visibilityState: document.visibilityState });
    };
    for (const name of ['focus', 'blur', 'pageshow']) window.addEventListener(name, send);
    document.addEventListener('visibilitychange', send);
    document.addEventListener('DOMContentLoaded', send);
  }, BINDING);
  page.on('close', () => report(false));
}
