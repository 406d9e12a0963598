import type { Locale } from '../../../../../shared/i18n';
import { toMs } from '../../../../../shared/domain/timestamps';

/** A timestamp (Unix seconds or ISO) as a short local date and time; '' when unreadable. */
export function formatTime(value: number | string | null | undefined, locale: Locale, timeZone?: string): string {
  const ms = toMs(value);
  if (ms === null) return '';
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}
