import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { I18nContext, i18nValue } from './context';
import { pickLocale } from './pick-locale';
import { useLoadedLocale } from './useLoadedLocale';
import { useBootStatus, useSettings } from '../store/hooks';

function subscribeLanguage(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}
const navigatorLanguage = () => navigator.language;

/**
 * Provides `useT()` for the locale in settings ('system' follows the OS language and its changes).
 * Also sets <html lang>, which picks the CJK font order and line height in CSS.
 *
 * Only that locale's messages load (useLoadedLocale), and only once the settings have arrived
 * (until then the store holds defaults, and the boot screen shows nothing visible anyway), so a
 * window in Chinese on an English system never loads or flashes English. Nothing renders before
 * the first messages; a later switch keeps the old words until the new ones are in.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { locale: setting } = useSettings();
  const { status } = useBootStatus();
  const language = useSyncExternalStore(subscribeLanguage, navigatorLanguage);
  const locale = useLoadedLocale(status === 'loading' ? null : pickLocale(setting, language));
  const value = useMemo(() => (locale ? i18nValue(locale) : null), [locale]);
  useEffect(() => {
    if (locale) document.documentElement.lang = locale;
  }, [locale]);
  if (!value) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
