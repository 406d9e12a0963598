import { createContext, useContext } from 'react';
import { translate } from '../../../shared/i18n';
import type { Locale, MessageKey, TParams } from '../../../shared/i18n';

/** Translates a known message key in the current locale. */
export type TFunction = (key: MessageKey, params?: TParams) => string;

export interface I18nValue {
  locale: Locale;
  t: TFunction;
}

/** Builds the context value for one locale. */
export function i18nValue(locale: Locale): I18nValue {
  return { locale, t: (key, params) => translate(locale, key, params) };
}

export const I18nContext = createContext<I18nValue>(i18nValue('en'));

/** The translate function for the current locale; components re-render when the locale changes. */
export function useT(): TFunction {
  return useContext(I18nContext).t;
}

/** The current UI locale (for keys that arrive at run time, like notices, and for Intl formatting). */
export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}
