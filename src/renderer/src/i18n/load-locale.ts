import { hasLocale, installMessages } from '../../../shared/i18n/runtime';
import type { Locale } from '../../../shared/i18n';

type LocaleModule = { default: Readonly<Record<string, string>> };

/** One chunk per locale (scripts/renderer-i18n-plugin.ts): the window loads only the language it shows. */
const chunks: Record<Locale, () => Promise<LocaleModule>> = {
  en: () => import('virtual:locale-messages/en'),
  'zh-CN': () => import('virtual:locale-messages/zh-CN'),
};

const pending = new Map<Locale, Promise<void>>();

/** Installs `locale`'s messages for translate(); resolves at once when they are already there. */
export function loadLocale(locale: Locale): Promise<void> {
  if (hasLocale(locale)) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    loading = chunks[locale]().then(
      (module) => {
        installMessages(locale, module.default);
        pending.delete(locale);
      },
      (err: unknown) => {
        pending.delete(locale); // a later render may try again
        throw err;
      },
    );
    pending.set(locale, loading);
  }
  return loading;
}
