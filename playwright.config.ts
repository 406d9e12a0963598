import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './test/e2e/chromium';

/**
 * End to end: the built renderer in Debian's Chromium, wired to the real main router, services and a
 * devin-sim in the test process (architecture.md §6). Never `npx playwright install`.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    headless: true,
    viewport: { width: 1100, height: 720 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
});
