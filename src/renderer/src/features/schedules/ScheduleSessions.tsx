import { useEffect, useState } from 'react';
import { getBridge } from '../../bridge';
import type { ScheduleSessionView } from '../../../../shared/library/pages';
import { useLocale, useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { toUiError } from '../../ui/ui-error';
import { formatTime } from '../knowledge/kit/format-time';

/** "Sessions from this schedule": the `schedule_id` filter of the sessions list, newest first. */
export function ScheduleSessions({ scheduleId }: { scheduleId: string }) {
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<{ id: string; items: ScheduleSessionView[]; next: string | null; error: unknown } | null>(null);
  const [more, setMore] = useState(false);

  useEffect(() => {
    let live = true;
    getBridge()
      .schedules.sessions({ scheduleId })
      .then(
        (page) => live && setState({ id: scheduleId, items: page.items, next: page.nextCursor, error: null }),
        (error: unknown) => live && setState({ id: scheduleId, items: [], next: null, error }),
      );
    return () => {
      live = false;
    };
  }, [scheduleId]);

  const current = state?.id === scheduleId ? state : null;
  const loadMore = async () => {
    if (!current?.next) return;
    setMore(true);
    try {
      const page = await getBridge().schedules.sessions({ scheduleId, after: current.next });
      setState({ ...current, items: [...current.items, ...page.items], next: page.nextCursor });
    } catch (error) {
      setState({ ...current, error });
    } finally {
      setMore(false);
    }
  };
  const open = (url: string) => void getBridge().shell.openExternal(url).catch(() => undefined);

  return (
    <section aria-label={t('schedules.detail.sessions')}>
      <h3 className="lib-section-title">{t('schedules.detail.sessions')}</h3>
      {!current && <p className="field-help">{t('library.loading')}</p>}
      {current?.error != null && <InlineError message={t('library.error.load', { message: toUiError(current.error, t).message })} />}
      {current && current.error == null && current.items.length === 0 && <p className="field-help">{t('schedules.detail.noSessions')}</p>}
      {current && current.items.length > 0 && (
        <ul className="sched-sessions">
          {current.items.map((s) => (
            <li key={s.session_id}>
              <span className="sched-session-title">{s.title || t('schedules.detail.untitled')}</span>
              <span className="badge">{s.status_detail ?? s.status}</span>
              <span className="sched-session-time">{formatTime(s.created_at, locale)}</span>
              <Button size="sm" variant="link" onClick={() => open(s.url)}>
                {t('schedules.detail.openSession')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {current?.next && (
        <Button size="sm" busy={more} onClick={() => void loadMore()}>
          {t('library.loadMore')}
        </Button>
      )}
    </section>
  );
}
