import type { Locale } from '../i18n/locale';
import { formatDateTime } from '../intl/date-time';

/** An instant as a person reads it in a zone: "Mon, Mar 10, 2025, 9:00 AM EDT" / "2025年3月10日周一 GMT-4 09:00". */
export function formatRun(at: Date, timeZone: string, locale: Locale): string {
  return formatDateTime(at, locale, 'weekdayDateTime', { timeZone, zoneName: true });
}

/** A date only, in a zone: "Mar 9, 2025" / "2025年3月9日". */
export function formatDay(at: Date, timeZone: string, locale: Locale): string {
  return formatDateTime(at, locale, 'date', { timeZone });
}
