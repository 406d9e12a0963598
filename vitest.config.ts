import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { rendererI18n } from './scripts/renderer-i18n-plugin';
import { rendererBakedValues } from './scripts/renderer-baked-values';

export default defineConfig({
  // Tests keep every catalog installed at import (splitCatalogs off); the renderer's virtual modules
  // (locale messages, channel names, default settings) re-export their sources.
  plugins: [react(), rendererI18n({ i18nDir: resolve(__dirname, 'src/shared/i18n'), splitCatalogs: false }), rendererBakedValues({ root: __dirname })],
  test: {
    // Services run in Node for real (HTTP to devin-sim, git in temp dirs); renderer tests use happy-dom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/{main,shared,sim,cli}/**/*.test.ts', 'test/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          setupFiles: ['test/contract/vitest-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          // Multi-step interaction tests exceed vitest's 5 s default on a loaded 2-core machine (CI fails for no bug).
          testTimeout: 20_000,
          setupFiles: ['src/renderer/src/test-support/setup.ts'],
        },
      },
    ],
    // DEVIN_SIM_CONTRACT: sims started by tests hold every exchange to the v3 contract (test/contract/).
    env: { TZ: 'UTC', DEVIN_SIM_CONTRACT: 'check' },
  },
});
