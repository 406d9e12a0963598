import { useMemo, useState } from 'react';
import { describeCron } from '../../../../../shared/cron/describe-cron';
import { utcCronToLocalTime } from '../../../../../shared/cron/local-time-cron';
import { localTimeDrift } from '../../../../../shared/cron/local-time-drift';
import { nextRuns } from '../../../../../shared/cron/next-runs';
import { runCost } from '../../../../../shared/cron/run-cost';
import { validateCron } from '../../../../../shared/cron/validate-cron';
import { formatClock } from '../../../../../shared/intl/date-time';
import { useLocale, useT } from '../../../i18n/context';
import type { FieldIds } from '../../knowledge/kit/Field';
import { cronIssueText } from './cron-text';
import { CostNote } from './CostNote';
import { DstWarning } from './DstWarning';
import { LocalTimeHelper } from './LocalTimeHelper';
import { NextRuns } from './NextRuns';

/**
 * The frequency field: a UTC cron validated as you type, said in words, its next five runs in
 * the user's zone and UTC, a "local time" helper that writes the cron, and a warning when
 * daylight saving time will move it. `error` is a server-side message for this field.
 */
export function CronEditor({
  ids,
  value,
  onChange,
  userTimeZone,
  now,
  error,
}: {
  ids: FieldIds;
  value: string;
  onChange: (cron: string) => void;
  userTimeZone: string;
  now: Date;
  error?: string | undefined;
}) {
  const t = useT();
  const locale = useLocale();
  const [helperZone, setHelperZone] = useState(userTimeZone);
  const validation = useMemo(() => validateCron(value), [value]);
  const expression = validation.ok ? validation.expression : null;
  const words = useMemo(() => (expression ? describeCron(expression, locale) : null), [expression, locale]);
  const runs = useMemo(() => (expression ? nextRuns(expression, 5, now) : []), [expression, now]);
  const local = useMemo(() => (expression ? utcCronToLocalTime(expression, userTimeZone, now) : null), [expression, userTimeZone, now]);
  const cost = useMemo(() => (expression ? runCost(expression, now) : null), [expression, now]);
  const drift = useMemo(() => (expression ? localTimeDrift(expression, helperZone, now) : null), [expression, helperZone, now]);
  const problem = validation.ok ? null : cronIssueText(validation.issue, t);
  const statusId = `${ids.id}-status`;
  const invalid = Boolean(problem) || ids.invalid;

  return (
    <div className="cron-editor">
      <input
        id={ids.id}
        type="text"
        className="mono cron-input"
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={[statusId, ids.describedBy].filter(Boolean).join(' ')}
      />
      <p id={statusId} className={problem ? 'field-error' : 'cron-words'} aria-live="polite">
        {problem ?? (words ? t('cron.words', { words }) : '')}
      </p>
      {local && userTimeZone !== 'UTC' && (
        <p className="field-help">{t('cron.localSummary', { time: formatClock(local.hour, local.minute, locale), zone: userTimeZone })}</p>
      )}
      {error && !problem && <p className="field-error">{error}</p>}
      {cost && <CostNote cost={cost} />}
      {expression && <NextRuns runs={runs} timeZone={userTimeZone} />}
      {drift && <DstWarning drift={drift} timeZone={helperZone} />}
      <LocalTimeHelper cron={expression ?? ''} now={now} timeZone={helperZone} onTimeZone={setHelperZone} onApply={onChange} />
    </div>
  );
}
