import { useId } from 'react';
import { formatUsageAcus } from '../../../../shared/usage/format-usage';
import type { TopSessions } from '../../../../shared/usage/usage-view';
import { useLocale, useT } from '../../i18n/context';
import { hashForSession } from '../sessions/model/session-route';

/** The period's biggest consumers; each opens the session (in the Sessions screen). */
export function TopSessionsList({ top }: { top: TopSessions }) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const max = Math.max(...top.items.map((s) => s.acus), 0);
  return (
    <section className="usage-top" aria-labelledby={titleId}>
      <h2 id={titleId} className="usage-heading">
        {t('ui.usage.top.title')}
      </h2>
      {top.items.length === 0 ? (
        <p className="field-help">{t('ui.usage.top.empty')}</p>
      ) : (
        <ol className="usage-top-list">
          {top.items.map((s) => {
            const figure = formatUsageAcus(s.acus, locale);
            const acus = s.exact ? t('ui.usage.top.acus', { acus: figure }) : t('ui.usage.top.atMost', { acus: t('ui.usage.top.acus', { acus: figure }) });
            return (
              <li key={s.sessionId}>
                <a className="usage-top-link" href={hashForSession(s.sessionId)}>
                  <span className="usage-top-title">{s.title?.trim() || t('ui.usage.top.untitled', { id: s.sessionId })}</span>
                  <span className="usage-top-acus">{acus}</span>
                  <span className="usage-top-bar" aria-hidden="true">
                    <span style={{ width: `${max > 0 ? Math.max(2, (s.acus / max) * 100) : 0}%` }} />
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      )}
      {top.partial && <p className="field-help">{t('ui.usage.top.partial')}</p>}
    </section>
  );
}
