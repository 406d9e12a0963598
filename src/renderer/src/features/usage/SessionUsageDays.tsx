import { useEffect, useState } from 'react';
import { formatUsageAcus, formatUsageDay } from '../../../../shared/usage/format-usage';
import type { SessionUsage } from '../../../../shared/usage/usage-view';
import { getBridge } from '../../bridge';
import { useLocale, useT } from '../../i18n/context';
import { toUiError } from '../../ui/ui-error';
import './usage-inline.css';

/** Days shown before the rest is summed up in one row. */
const MAX_ROWS = 14;

/**
 * A session's ACUs per day (`consumption/daily/sessions/{id}`), newest first, under its facts.
 * Read again when the session's ACUs change. Without ManageBilling it says so in one line.
 */
export function SessionUsageDays({ sessionId, acus }: { sessionId: string; acus: number }) {
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<{ sessionId: string; usage: SessionUsage | null; error: string | null } | null>(null);

  useEffect(() => {
    let live = true;
    getBridge()
      .usage.session({ sessionId })
      .then(
        (usage) => live && setState({ sessionId, usage, error: null }),
        (err: unknown) => live && setState({ sessionId, usage: null, error: toUiError(err, t).message }),
      );
    return () => {
      live = false;
    };
  }, [sessionId, acus, t]);

  const current = state?.sessionId === sessionId ? state : null;
  let body;
  if (!current) body = <p className="session-usage-note">{t('ui.usage.session.loading')}</p>;
  else if (current.error !== null) body = <p className="session-usage-note">{t('ui.usage.session.error', { message: current.error })}</p>;
  else if (current.usage?.state === 'forbidden') body = <p className="session-usage-note">{t('ui.usage.session.forbidden')}</p>;
  else if (current.usage?.state === 'error') body = <p className="session-usage-note">{t('ui.usage.session.error', { message: current.usage.message })}</p>;
  else if (current.usage?.state === 'ok' && current.usage.value.days.length > 0) {
    const days = [...current.usage.value.days].reverse();
    const shown = days.slice(0, MAX_ROWS);
    const rest = days.slice(MAX_ROWS).reduce((s, d) => s + d.acus, 0);
    body = (
      <table className="session-usage-table">
        <caption className="visually-hidden">{t('ui.usage.session.title')}</caption>
        <tbody>
          {shown.map((d) => (
            <tr key={d.date}>
              <th scope="row">
                <time dateTime={d.date}>{formatUsageDay(d.date, locale, { weekday: true })}</time>
              </th>
              <td>{t('ui.usage.top.acus', { acus: formatUsageAcus(d.acus, locale) })}</td>
            </tr>
          ))}
          {rest > 0 && (
            <tr>
              <th scope="row">…</th>
              <td>{t('ui.usage.top.acus', { acus: formatUsageAcus(rest, locale) })}</td>
            </tr>
          )}
        </tbody>
      </table>
    );
  } else body = <p className="session-usage-note">{t('ui.usage.session.none')}</p>;

  return (
    <section className="session-usage" aria-label={t('ui.usage.session.title')} data-testid="session-usage">
      <h3 className="session-usage-title">{t('ui.usage.session.title')}</h3>
      {body}
    </section>
  );
}
