import { defineConfig } from '@playwright/test';

/**
 * `npm run test:electron`: the built app in real Electron through Playwright's Electron launcher
 * (machines with Electron's binary: a developer's, GitHub Actions on Linux, macOS and Windows). The
 * app runs with its test hooks (README › Test hooks). One worker: instances share the OS keychain
 * and the single-instance lock is per profile.
 */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.electron.ts',
  timeout: 90_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
