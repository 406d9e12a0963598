import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { I18nContext, i18nValue } from './context';
import { pickLocale } from './pick-locale';
import { useSettings } from '../store/hooks';

function subscribeLanguage(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}
const navigatorLanguage = () => navigator.language;

/**
 * Provides `useT()` for the locale in settings ('system' follows the OS language and its changes).
 * Also sets <html lang>, which picks the CJK font order and line height in CSS.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { locale: setting } = useSettings();
  const language = useSyncExternalStore(subscribeLanguage, navigatorLanguage);
  const locale = pickLocale(setting, language);
  const value = useMemo(() => i18nValue(locale), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
