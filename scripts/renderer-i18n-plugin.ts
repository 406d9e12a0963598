import { posix } from 'node:path';
import { normalizePath, type Plugin } from 'vite';
import { LOCALES, type Locale } from '../src/shared/i18n/locale';

/** `import('virtual:locale-messages/zh-CN')`: that locale's messages, `export default { key: text }`. */
export const LOCALE_MODULE_PREFIX = 'virtual:locale-messages/';
const RESOLVED_PREFIX = `\0${LOCALE_MODULE_PREFIX}`;

export interface RendererI18nOptions {
  /** Absolute path of src/shared/i18n. */
  i18nDir: string;
  /**
   * Resolve `shared/i18n/index.ts` to the catalog-free `runtime.ts` for every importer outside
   * that folder, so no catalog reaches the bundle through an import; the renderer installs one
   * locale at a time from the virtual modules instead. Off under vitest, where index.ts installs
   * every catalog at import as in main.
   */
  splitCatalogs: boolean;
  /** For a build: a locale's renderer messages, computed in Node (scripts/renderer-baked-sources.ts). */
  messages?: (locale: Locale) => Record<string, string>;
}

/** The module text of one locale's catalog: a JSON string parses faster than the same object literal. */
export function localeModuleCode(messages: Readonly<Record<string, string>>): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(messages))});\n`;
}

/**
 * The renderer's catalogs, one chunk per locale. Each `messages/*.ts` keeps en and zh-CN side by
 * side (one source of truth per domain, and a new file is still one line in index.ts); at build
 * time the config evaluates them in Node and this plugin emits each locale's strings alone. In dev
 * and under vitest the modules import the sources, so edits reload.
 */
export function rendererI18n({ i18nDir, splitCatalogs, messages }: RendererI18nOptions): Plugin {
  // Vite's module ids use forward slashes on every OS.
  const dir = normalizePath(i18nDir);
  const index = posix.join(dir, 'index.ts');
  const runtime = posix.join(dir, 'runtime.ts');
  const insideI18n = (id: string) => normalizePath(id).startsWith(`${dir}/`);
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'devin-tray:renderer-i18n',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
    },
    async resolveId(source, importer, options) {
      if (source.startsWith(LOCALE_MODULE_PREFIX)) return `\0${source}`;
      if (!splitCatalogs || !importer || insideI18n(importer) || importer.startsWith(RESOLVED_PREFIX)) return null;
      if (!/(^|\/)(i18n|index)(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === index ? runtime : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const locale = id.slice(RESOLVED_PREFIX.length);
      if (!(LOCALES as readonly string[]).includes(locale)) return this.error(`no such locale: ${locale} (${LOCALES.join(', ')})`);
      if (command === 'serve') {
        const source = JSON.stringify(posix.join(dir, 'renderer-messages.ts'));
        return `import { rendererMessages } from ${source};\nexport default rendererMessages(${JSON.stringify(locale)});\n`;
      }
      if (!messages) return this.error('a build needs the messages (pass rendererI18n({ messages }))');
      return localeModuleCode(messages(locale as Locale));
    },
  };
}
