import type { Locale } from '../../../../../shared/i18n';
import { formatDateTime } from '../../../../../shared/intl/date-time';

// The sessions screens' times come from the shared formatter, so they keep the locale's one hour
// cycle (#13); these names stay for the screens that import them.
export { relativeTime } from '../../../../../shared/intl/relative-time';
export { shortDateTime } from '../../../../../shared/intl/date-time';

/** A full date and time in the locale ("Mar 5, 2025, 2:03 PM" / "2025年3月5日 14:03"), for tooltips and the detail header. */
export function absoluteTime(ms: number, locale: Locale): string {
  return formatDateTime(ms, locale, 'dateTime');
}
