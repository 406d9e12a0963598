import type { Locale } from '../../../../../shared/i18n';
import { toMs } from '../../../../../shared/domain/timestamps';
import { formatDateTime } from '../../../../../shared/intl/date-time';

/** A timestamp (Unix seconds or ISO) as a local date and time in the locale's hour cycle; '' when unreadable. */
export function formatTime(value: number | string | null | undefined, locale: Locale, timeZone?: string): string {
  const ms = toMs(value);
  if (ms === null) return '';
  return formatDateTime(ms, locale, 'dateTime', { timeZone });
}
