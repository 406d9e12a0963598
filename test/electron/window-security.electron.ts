import { expect, test } from '@playwright/test';
import { launchApp, profile } from './app';

// The real BrowserWindow: isolation, sandbox and no Node in the page; the CSP holds (an injected
// inline script does not run, the page cannot reach the network), and new windows are refused.
test('the window is isolated and sandboxed, and its CSP holds', async () => {
  const p = profile({ locale: 'en' });
  const { app, page } = await launchApp({ profileDir: p.dir, env: { DEVIN_TRAY_DEMO: '1' } });
  try {
    await expect(page.locator('.demo-badge')).toContainText('DEMO');
    // nodeIntegration off: no Node in the page.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
    // contextIsolation on: the page sees only the frozen transport contextBridge copied over, not ipcRenderer.
    const isolation = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { frozen: Object.isFrozen(w['devinTrayTransport']), ipcRenderer: typeof w['ipcRenderer'], electron: typeof w['electron'] };
    });
    expect(isolation).toEqual({ frozen: true, ipcRenderer: 'undefined', electron: 'undefined' });
    // sandbox on: Electron reports it per renderer process where the OS tells (macOS, Windows).
    const renderers = await app.evaluate(({ app: a }) => a.getAppMetrics().filter((m) => m.type === 'Tab').map((m) => m.sandboxed));
    expect(renderers.length).toBeGreaterThan(0);
    if (process.platform !== 'linux') expect(renderers.every((s) => s === true)).toBe(true);

    // script-src 'self': an inline script added by a compromised page does not run.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.appendChild(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    // connect-src 'none': the renderer makes no network calls.
    const fetched = await page.evaluate(() => fetch('https://example.com/').then(() => 'reached', () => 'blocked'));
    expect(fetched).toBe('blocked');
    // setWindowOpenHandler denies every new window.
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    p.remove();
  }
});
