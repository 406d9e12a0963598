import { relative, resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { chunkReport, formatChunkReport } from './scripts/chunk-report';
import { mainOnlyImportChain } from './scripts/main-only-imports';
import { LOCALE_MODULE_PREFIX, rendererI18n } from './scripts/renderer-i18n-plugin';
import { rendererBakedValues } from './scripts/renderer-baked-values';
import { bakedValues, rendererMessages } from './scripts/renderer-baked-sources';

/** Prints every renderer chunk (initial, locale or lazy) and fails the build when the first paint's JavaScript passes its budget. */
function rendererChunkReport(): Plugin {
  return {
    name: 'devin-tray:chunk-report',
    apply: 'build',
    writeBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) =>
        c.type === 'chunk'
          ? [{ fileName: c.fileName, bytes: Buffer.byteLength(c.code), isEntry: c.isEntry, imports: c.imports, locale: c.facadeModuleId?.startsWith(`\0${LOCALE_MODULE_PREFIX}`) === true }]
          : [],
      );
      const report = chunkReport(chunks);
      for (const line of formatChunkReport(report)) console.log(line);
      const initialIds = Object.values(bundle).flatMap((c) => (c.type === 'chunk' && report.initial.some((i) => i.fileName === c.fileName) ? c.moduleIds : []));
      const info = (id: string) => this.getModuleInfo(id);
      const chain = mainOnlyImportChain(initialIds, (id) => info(id)?.importers ?? [], (id) => info(id)?.isEntry === true);
      if (chain) {
        const rel = (id: string) => relative(__dirname, id).replaceAll('\\', '/');
        this.error(`zod is in the renderer's initial JavaScript (scripts/main-only-imports.ts; README, "Lean renderer"), imported by:\n    ${chain.map(rel).join('\n -> ')}`);
      }
      if (!report.withinBudget) this.error(`the renderer's first-paint JavaScript (${report.firstPaintBytes} bytes: initial chunks and one locale) is over its budget of ${report.budgetBytes} bytes`);
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
    plugins: [
      // Only the active locale's messages, and no zod, load before the first paint (README, i18n).
      rendererI18n({ i18nDir: resolve(__dirname, 'src/shared/i18n'), splitCatalogs: true, messages: rendererMessages }),
      rendererBakedValues({ root: __dirname, values: bakedValues }),
      react(),
      rendererChunkReport(),
    ],
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified by default; the window parses every byte at start.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
