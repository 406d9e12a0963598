import { installedMessages, type Locale } from './index';

/** Keys only the CLI prints; the renderer's catalogs leave them out. */
export const CLI_ONLY_PREFIXES = ['cli.'] as const;

/**
 * What the renderer loads for `locale` (scripts/renderer-i18n-plugin.ts bakes it into one chunk per
 * locale at build time): every message but the CLI's, with English under any key the locale lacks
 * (main's translate() falls back the same way; the renderer has only one locale loaded). Notices
 * and errors from main arrive as keys of any other domain, so those stay.
 */
export function rendererMessages(locale: Locale): Record<string, string> {
  const entries = Object.entries({ ...installedMessages('en'), ...installedMessages(locale) });
  return Object.fromEntries(entries.filter(([key]) => !CLI_ONLY_PREFIXES.some((prefix) => key.startsWith(prefix))));
}
