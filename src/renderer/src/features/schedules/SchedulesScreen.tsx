import { useEffect, useMemo, useState } from 'react';
import { formatRun } from '../../../../shared/cron/format-run';
import { systemTimeZone } from '../../../../shared/cron/time-zone';
import type { Playbook } from '../../../../shared/domain/playbook';
import type { Schedule } from '../../../../shared/domain/schedule';
import { draftFromSchedule, EMPTY_SCHEDULE_DRAFT } from '../../../../shared/library/schedule-draft';
import { getBridge } from '../../bridge';
import { useLocale, useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { SchedulesIcon } from '../../ui/icons';
import { LibraryScreen } from '../knowledge/kit/LibraryScreen';
import { ListLoadMore } from '../knowledge/kit/ListStates';
import { useLibraryScreen } from '../knowledge/kit/useLibraryScreen';
import { ScheduleDetail } from './ScheduleDetail';
import { ScheduleEditor, type ScheduleSave } from './ScheduleEditor';
import { scheduleTiming } from './schedule-summary';
import { SCHEDULE_PAGE_SIZE, useSchedules } from './useSchedules';
import './schedules.css';

/**
 * Schedules: what runs when (in words, in your zone and UTC), last runs and failures, and
 * create / edit (PATCH of what changed) / enable / delete. `now` and `timeZone` are for tests.
 */
export function SchedulesScreen({ now: fixedNow, timeZone, pageSize = SCHEDULE_PAGE_SIZE }: { now?: Date; timeZone?: string; pageSize?: number } = {}) {
  const t = useT();
  const locale = useLocale();
  const list = useSchedules(pageSize);
  const screen = useLibraryScreen<Schedule>({ items: list.items, keyOf: (s) => s.schedule_id, nameOf: (s) => s.name, remove: list.remove });
  const zone = timeZone ?? systemTimeZone();
  const [tick, setTick] = useState(() => Date.now());
  const now = useMemo(() => fixedNow ?? new Date(tick), [fixedNow, tick]);
  const [playbooks, setPlaybooks] = useState<Playbook[]>([]);

  // "Next run" moves on: refresh the clock once a minute.
  useEffect(() => {
    if (fixedNow) return;
    const id = setInterval(() => setTick(Date.now()), 60_000);
    return () => clearInterval(id);
  }, [fixedNow]);

  // The editor's playbook picker; without the permission the picker just offers "None".
  useEffect(() => {
    getBridge()
      .playbooks.list()
      .then((r) => setPlaybooks(r.items), () => setPlaybooks([]));
  }, []);

  const onSave = (save: ScheduleSave) =>
    save.kind === 'create' ? screen.saveNew(() => list.create(save.draft)) : screen.saveEdit((id) => list.update(id, save.patch));

  return (
    <LibraryScreen
      model={screen}
      draftKind="schedule"
      status={list.status}
      error={list.error}
      onRetry={list.reload}
      newLabel={t('schedules.new')}
      tools={
        <Button onClick={list.reload} busy={list.status === 'loading'}>
          {t('library.refresh')}
        </Button>
      }
      empty={{ icon: <SchedulesIcon size={26} />, title: t('schedules.empty.title'), body: t('schedules.empty.body'), action: t('schedules.empty.action') }}
      list={{
        label: t('schedules.list'),
        items: list.items,
        summary: list.total ? t('schedules.count', { shown: list.items.length, total: list.total }) : '',
        renderRow: (s) => {
          const timing = scheduleTiming(s, now, locale);
          return (
            <>
              <span className="lib-row-title">
                <span>{s.name}</span>
                {!s.enabled && <span className="badge badge-off">{t('schedules.paused')}</span>}
                {s.consecutive_failures > 0 && <span className="badge badge-danger">{t('schedules.failures', { count: s.consecutive_failures })}</span>}
              </span>
              <span className="lib-row-sub">
                {timing.oneTimeAt ? t('schedules.once', { time: formatRun(timing.oneTimeAt, zone, locale) }) : timing.words ? t('cron.words', { words: timing.words }) : (s.frequency ?? '')}
              </span>
              <span className="lib-row-meta">
                {timing.next && <span>{t('schedules.next', { time: formatRun(timing.next, zone, locale) })}</span>}
                <span>{s.last_executed_at ? t('schedules.lastRun', { time: formatRun(new Date(s.last_executed_at), zone, locale) }) : t('schedules.neverRun')}</span>
              </span>
              {s.last_error_message && <span className="lib-row-sub lib-row-error">{s.last_error_message}</span>}
            </>
          );
        },
        foot: list.nextOffset !== null && <ListLoadMore busy={list.loadingMore} onLoad={() => screen.loadMore(list.loadMore)} />,
      }}
      detail={{
        none: t('schedules.detail.none'),
        renderNew: (draft) => <ScheduleEditor mode="new" initial={EMPTY_SCHEDULE_DRAFT} playbooks={playbooks} userTimeZone={zone} now={now} onSave={onSave} onCancel={screen.close} draft={draft} />,
        renderEdit: (s, draft) => (
          <ScheduleEditor mode="edit" initial={draftFromSchedule(s)} playbooks={playbooks} userTimeZone={zone} now={now} onSave={onSave} onCancel={() => screen.view(s)} draft={draft} />
        ),
        renderView: (s) => (
          <ScheduleDetail
            schedule={s}
            now={now}
            userTimeZone={zone}
            onEdit={() => screen.edit(s)}
            onDelete={() => screen.askDelete(s)}
            onToggle={(enabled) => void screen.toggle(s, () => list.setEnabled(s, enabled))}
          />
        ),
      }}
      confirm={{ title: t('schedules.delete.title'), body: (s) => t('schedules.delete.body', { name: s.name }) }}
    />
  );
}
