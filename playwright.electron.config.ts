import { defineConfig } from '@playwright/test';

/** `npm run test:electron`: the packaged-style app in real Electron (machines with the binary only). */
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.electron.ts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
});
