import { useMemo } from 'react';
import { formatRun } from '../../../../shared/cron/format-run';
import { localTimeDrift } from '../../../../shared/cron/local-time-drift';
import { nextRuns } from '../../../../shared/cron/next-runs';
import type { Schedule } from '../../../../shared/domain/schedule';
import { DRAFT_AGENTS, DRAFT_NOTIFY_ON } from '../../../../shared/library/schedule-draft';
import { useLocale, useT } from '../../i18n/context';
import { DetailFrame } from '../knowledge/kit/DetailFrame';
import { DstWarning } from './cron/DstWarning';
import { NextRuns } from './cron/NextRuns';
import { scheduleTiming } from './schedule-summary';
import { ScheduleSessions } from './ScheduleSessions';

/** One schedule: when it runs (words, next runs in both zones, DST), its last run and errors, and its sessions. */
export function ScheduleDetail({
  schedule: s,
  now,
  userTimeZone,
  onEdit,
  onDelete,
  onToggle,
}: {
  schedule: Schedule;
  now: Date;
  userTimeZone: string;
  onEdit: () => void;
  onDelete: () => void;
  onToggle: (enabled: boolean) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const timing = scheduleTiming(s, now, locale);
  const recurring = s.schedule_type !== 'one_time' && s.frequency;
  const runs = useMemo(() => (recurring && s.enabled ? nextRuns(s.frequency ?? '', 5, now) : []), [recurring, s.enabled, s.frequency, now]);
  const drift = useMemo(() => (recurring ? localTimeDrift(s.frequency ?? '', userTimeZone, now) : null), [recurring, s.frequency, userTimeZone, now]);
  const fmt = (iso: string | null) => (iso ? formatRun(new Date(iso), userTimeZone, locale) : '');

  return (
    <DetailFrame titleId={`sched-title-${s.schedule_id}`} title={s.name} enabled={s.enabled} onToggle={onToggle} onEdit={onEdit} onDelete={onDelete}>
      <dl className="lib-facts">
        <dt>{t('schedules.detail.frequency')}</dt>
        <dd>
          {timing.oneTimeAt ? t('schedules.once', { time: formatRun(timing.oneTimeAt, userTimeZone, locale) }) : timing.words ? t('cron.words', { words: timing.words }) : s.frequency}
          {recurring && <code className="sched-cron">{s.frequency}</code>}
        </dd>
        <dt>{t('schedules.detail.status')}</dt>
        <dd>
          {s.last_executed_at ? t('schedules.lastRun', { time: fmt(s.last_executed_at) }) : t('schedules.neverRun')}
          {s.consecutive_failures > 0 && <span className="badge badge-danger sched-fail">{t('schedules.failures', { count: s.consecutive_failures })}</span>}
        </dd>
        {s.last_error_message && (
          <>
            <dt />
            <dd className="lib-row-error">{t('schedules.lastError', { time: fmt(s.last_error_at), message: s.last_error_message })}</dd>
          </>
        )}
        <dt>{t('schedules.field.agent')}</dt>
        <dd>{s.agent && (DRAFT_AGENTS as readonly string[]).includes(s.agent) ? t(`schedules.agent.${s.agent as (typeof DRAFT_AGENTS)[number]}`) : (s.agent ?? '—')}</dd>
        <dt>{t('schedules.field.notifyOn')}</dt>
        <dd>
          {s.notify_on && (DRAFT_NOTIFY_ON as readonly string[]).includes(s.notify_on)
            ? t(`schedules.notify.${s.notify_on as (typeof DRAFT_NOTIFY_ON)[number]}`)
            : (s.notify_on ?? '—')}
        </dd>
        <dt>{t('schedules.field.playbook')}</dt>
        <dd>{s.playbook ? (s.playbook.title ?? s.playbook.playbook_id) : t('schedules.field.noPlaybook')}</dd>
        {s.tags.length > 0 && (
          <>
            <dt>{t('schedules.field.tags')}</dt>
            <dd className="sched-tags">
              {s.tags.map((tag) => (
                <span key={tag} className="badge">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {runs.length > 0 && <NextRuns runs={runs} timeZone={userTimeZone} />}
      {drift && <DstWarning drift={drift} timeZone={userTimeZone} />}
      <h3 className="lib-section-title">{t('schedules.field.prompt')}</h3>
      <div className="lib-card sched-prompt">{s.prompt}</div>
      <ScheduleSessions scheduleId={s.schedule_id} />
    </DetailFrame>
  );
}
