import type { CronIssue } from '../../../../../shared/cron/validate-cron';
import type { LocalTimePeriod } from '../../../../../shared/cron/local-time-drift';
import type { TFunction } from '../../../i18n/context';

/** A cron problem in the user's language, naming the field when there is one. */
export function cronIssueText(issue: CronIssue, t: TFunction): string {
  const message = t(issue.key, issue.params);
  return issue.field ? t('cron.issueIn', { field: t(`cron.field.${issue.field}`), message }) : message;
}

/** "09:00", "23:30 (previous day)" … for one stretch of a DST report. */
export function periodTime(p: LocalTimePeriod, t: TFunction): string {
  if (p.dayShift > 0) return t('cron.dst.nextDay', { time: p.localTime });
  if (p.dayShift < 0) return t('cron.dst.prevDay', { time: p.localTime });
  return p.localTime;
}

/** Short weekday names, Sunday first, in the UI language. */
export function weekdayNames(locale: string): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 1 January 2023 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2023, 0, 1 + i)));
}
