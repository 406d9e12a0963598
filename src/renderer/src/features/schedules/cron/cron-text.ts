import type { CronIssue } from '../../../../../shared/cron/validate-cron';
import type { LocalTimePeriod } from '../../../../../shared/cron/local-time-drift';
import type { Locale } from '../../../../../shared/i18n';
import { formatClock } from '../../../../../shared/intl/date-time';
import type { TFunction } from '../../../i18n/context';

/** A cron problem in the user's language, naming the field when there is one. */
export function cronIssueText(issue: CronIssue, t: TFunction): string {
  const message = t(issue.key, issue.params);
  return issue.field ? t('cron.issueIn', { field: t(`cron.field.${issue.field}`), message }) : message;
}

/** "9:00 AM", "11:30 PM (previous day)" / "09:00" … for one stretch of a DST report. */
export function periodTime(p: LocalTimePeriod, t: TFunction, locale: Locale): string {
  const hm = /^(\d{1,2}):(\d{2})$/.exec(p.localTime);
  const time = hm ? formatClock(Number(hm[1]), Number(hm[2]), locale) : p.localTime;
  if (p.dayShift > 0) return t('cron.dst.nextDay', { time });
  if (p.dayShift < 0) return t('cron.dst.prevDay', { time });
  return time;
}

/** Short weekday names, Sunday first, in the UI language. */
export function weekdayNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 1 January 2023 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2023, 0, 1 + i)));
}
