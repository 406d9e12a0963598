import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The real app in demo mode: the window opens sandboxed, the bridge works, DEMO is shown.
test('launches in demo mode with a sandboxed, working window', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'devin-tray-electron-'));
  const app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`], env: { ...process.env, DEVIN_TRAY_DEMO: '1' } });
  const page = await app.firstWindow();
  await expect(page.locator('.demo-badge')).toContainText('DEMO');
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  await app.close();
});
