import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkReport, formatChunkReport } from './scripts/chunk-report';

/** Prints every renderer chunk (initial or lazy) and fails the build when the initial JavaScript passes its budget. */
function rendererChunkReport(): Plugin {
  return {
    name: 'devin-tray:chunk-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) =>
        c.type === 'chunk' ? [{ fileName: c.fileName, bytes: Buffer.byteLength(c.code), isEntry: c.isEntry, imports: c.imports }] : [],
      );
      const report = chunkReport(chunks);
      for (const line of formatChunkReport(report)) console.log(line);
      if (!report.withinBudget) this.error(`the renderer's initial JavaScript (${report.initialBytes} bytes) is over its budget of ${report.budgetBytes} bytes`);
    },
  };
}

// Three bundles: main (+ the CLI, which runs under plain Node), a sandboxed CJS preload, and the renderer.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          cli: resolve(__dirname, 'src/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), rendererChunkReport()],
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the window parses every byte at start.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
