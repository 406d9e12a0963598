import { useCallback, useEffect, useMemo, useState } from 'react';
import { ListEmpty, ListLoadError } from '../knowledge/kit/ListStates';
import { formatRun } from '../../../../shared/cron/format-run';
import { systemTimeZone } from '../../../../shared/cron/time-zone';
import type { Playbook } from '../../../../shared/domain/playbook';
import type { Schedule } from '../../../../shared/domain/schedule';
import { draftFromSchedule, EMPTY_SCHEDULE_DRAFT } from '../../../../shared/library/schedule-draft';
import { getBridge } from '../../bridge';
import { useLocale, useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { SchedulesIcon } from '../../ui/icons';
import { toUiError } from '../../ui/ui-error';
import { Banner, type BannerMessage } from '../knowledge/kit/Banner';
import { LibraryList } from '../knowledge/kit/LibraryList';
import { ScheduleDetail } from './ScheduleDetail';
import { ScheduleEditor, type ScheduleSave } from './ScheduleEditor';
import { scheduleTiming } from './schedule-summary';
import { SCHEDULE_PAGE_SIZE, useSchedules } from './useSchedules';
import '../knowledge/kit/library.css';
import './schedules.css';

type Pane = { kind: 'none' } | { kind: 'view'; id: string } | { kind: 'edit'; id: string } | { kind: 'new' };

/**
 * Schedules: what runs when (in words, in your zone and UTC), last runs and failures, and
 * create / edit (PATCH of what changed) / enable / delete. `now` and `timeZone` are for tests.
 */
export function SchedulesScreen({ now: fixedNow, timeZone, pageSize = SCHEDULE_PAGE_SIZE }: { now?: Date; timeZone?: string; pageSize?: number } = {}) {
  const t = useT();
  const locale = useLocale();
  const list = useSchedules(pageSize);
  const zone = timeZone ?? systemTimeZone();
  const [tick, setTick] = useState(() => Date.now());
  const now = useMemo(() => fixedNow ?? new Date(tick), [fixedNow, tick]);
  const [pane, setPane] = useState<Pane>({ kind: 'none' });
  const [banner, setBanner] = useState<BannerMessage | null>(null);
  const [confirming, setConfirming] = useState<Schedule | null>(null);
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

  const paneId = pane.kind === 'view' || pane.kind === 'edit' ? pane.id : null;
  const current = paneId ? (list.items.find((s) => s.schedule_id === paneId) ?? null) : null;

  const onSave = useCallback(
    async (save: ScheduleSave) => {
      if (save.kind === 'create') {
        const s = await list.create(save.draft);
        setPane({ kind: 'view', id: s.schedule_id });
      } else if (pane.kind === 'edit') {
        await list.update(pane.id, save.patch);
        setPane({ kind: 'view', id: pane.id });
      }
    },
    [list, pane],
  );

  const toggle = async (s: Schedule, enabled: boolean) => {
    try {
      await list.setEnabled(s, enabled);
    } catch (err) {
      setBanner({ tone: 'error', text: t('library.error.toggle', { name: s.name, message: toUiError(err, t).message }) });
    }
  };

  const confirmDelete = async () => {
    const s = confirming;
    if (!s) return;
    setConfirming(null);
    const index = list.items.findIndex((x) => x.schedule_id === s.schedule_id);
    const next = list.items[index + 1] ?? list.items[index - 1];
    setPane(next ? { kind: 'view', id: next.schedule_id } : { kind: 'none' });
    try {
      await list.remove(s);
      setBanner({ tone: 'info', text: t('library.deleted', { name: s.name }) });
    } catch (err) {
      setBanner({ tone: 'error', text: t('library.error.delete', { name: s.name, message: toUiError(err, t).message }) });
      setPane({ kind: 'view', id: s.schedule_id });
    }
  };

  const newSchedule = () => setPane({ kind: 'new' });
  const isEmpty = list.status === 'ready' && list.items.length === 0 && pane.kind !== 'new';

  return (
    <div className="lib-page">
      <div className="lib-toolbar">
        <Button onClick={list.reload} busy={list.status === 'loading'}>
          {t('library.refresh')}
        </Button>
        <span className="lib-toolbar-spacer" />
        <Button variant="primary" onClick={newSchedule}>
          {t('schedules.new')}
        </Button>
      </div>
      {banner && <Banner message={banner} onDismiss={() => setBanner(null)} dismissLabel={t('library.dismiss')} />}
      {list.status === 'error' && <ListLoadError error={list.error} onRetry={list.reload} />}
      {isEmpty ? (
        <ListEmpty
          icon={<SchedulesIcon size={26} />}
          title={t('schedules.empty.title')}
          body={t('schedules.empty.body')}
          action={t('schedules.empty.action')}
          onAction={newSchedule}
        />
      ) : (
        list.status !== 'error' && (
          <div className="lib-split">
            <LibraryList
              label={t('schedules.list')}
              items={list.items}
              getKey={(s) => s.schedule_id}
              selectedKey={paneId}
              onOpen={(s) => setPane({ kind: 'view', id: s.schedule_id })}
              head={
                <div className="lib-list-head">
                  <span>{list.status === 'loading' ? t('library.loading') : list.total ? t('schedules.count', { shown: list.items.length, total: list.total }) : ''}</span>
                  <span>{t('library.list.keys')}</span>
                </div>
              }
              renderRow={(s) => {
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
              }}
              foot={
                list.nextOffset !== null && (
                  <div className="lib-list-foot">
                    <Button
                      size="sm"
                      busy={list.loadingMore}
                      onClick={() => void list.loadMore().catch((err: unknown) => setBanner({ tone: 'error', text: t('library.error.load', { message: toUiError(err, t).message }) }))}
                    >
                      {t('library.loadMore')}
                    </Button>
                  </div>
                )
              }
            />
            <section className="lib-detail" aria-live="polite">
              {pane.kind === 'new' && (
                <ScheduleEditor mode="new" initial={EMPTY_SCHEDULE_DRAFT} playbooks={playbooks} userTimeZone={zone} now={now} onSave={onSave} onCancel={() => setPane({ kind: 'none' })} />
              )}
              {pane.kind === 'edit' && current && (
                <ScheduleEditor
                  key={current.schedule_id}
                  mode="edit"
                  initial={draftFromSchedule(current)}
                  playbooks={playbooks}
                  userTimeZone={zone}
                  now={now}
                  onSave={onSave}
                  onCancel={() => setPane({ kind: 'view', id: current.schedule_id })}
                />
              )}
              {pane.kind === 'view' && current && (
                <ScheduleDetail
                  schedule={current}
                  now={now}
                  userTimeZone={zone}
                  onEdit={() => setPane({ kind: 'edit', id: current.schedule_id })}
                  onDelete={() => setConfirming(current)}
                  onToggle={(enabled) => void toggle(current, enabled)}
                />
              )}
              {(pane.kind === 'none' || ((pane.kind === 'view' || pane.kind === 'edit') && !current)) && (
                <div className="lib-detail-empty">{t('schedules.detail.none')}</div>
              )}
            </section>
          </div>
        )
      )}
      {confirming && (
        <ConfirmDialog
          title={t('schedules.delete.title')}
          body={t('schedules.delete.body', { name: confirming.name })}
          confirmLabel={t('library.delete')}
          cancelLabel={t('library.cancel')}
          tone="danger"
          onConfirm={() => void confirmDelete()}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
