import { resolveLocale } from '../../../shared/i18n';
import type { Locale } from '../../../shared/i18n';
import type { Settings } from '../../../shared/settings';

/** The UI locale: the user's choice, or the browser's language when the setting is 'system'. */
export function pickLocale(setting: Settings['locale'], navigatorLanguage: string | undefined): Locale {
  return setting === 'system' ? resolveLocale(navigatorLanguage) : setting;
}
