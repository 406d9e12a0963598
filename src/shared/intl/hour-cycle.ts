import type { Locale } from '../i18n/locale';

/**
 * One hour cycle per locale, for every time the app shows (#13): English reads "2:03 PM", as
 * en-US (CLDR's default for "en") does; Chinese reads "14:03", as zh-CN does. Fixed here rather
 * than left to each formatter's defaults, because the same screen once mixed both: the sessions
 * list took ICU's default (12-hour) while the library forced `h23`.
 */
export const HOUR_CYCLE: Readonly<Record<Locale, 'h12' | 'h23'>> = { en: 'h12', 'zh-CN': 'h23' };

/** The hour and minute options of a clock time in `locale` ("2:03 PM" / "09:03"). */
export function clockOptions(locale: Locale): Intl.DateTimeFormatOptions {
  const hourCycle = HOUR_CYCLE[locale];
  // "9:03 AM" needs no leading zero; a 24-hour clock keeps it ("09:03") so columns line up.
  return { hour: hourCycle === 'h12' ? 'numeric' : '2-digit', minute: '2-digit', hourCycle };
}
