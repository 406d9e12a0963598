import { translate, type Locale } from '../i18n';
import { SUSPENDED_STATUS_DETAILS } from '../domain/session-status';

/** A suspension reason (`status_detail` while `suspended`) in words, e.g. "out of credits" / "额度已用完". */
export function suspendReasonText(detail: string | null | undefined, locale: Locale): string {
  if (detail && (SUSPENDED_STATUS_DETAILS as readonly string[]).includes(detail)) {
    return translate(locale, `sessions.reason.${detail}`);
  }
  return translate(locale, 'sessions.reason.unknown', { detail: detail ?? '—' });
}
