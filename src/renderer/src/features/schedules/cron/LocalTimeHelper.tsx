import { useId, useMemo, useState } from 'react';
import { localTimeToUtcCron, utcCronToLocalTime, WEEKDAY_PRESETS, type LocalTimeSpec, type WeekdayPreset } from '../../../../../shared/cron/local-time-cron';
import { isValidTimeZone, knownTimeZones } from '../../../../../shared/cron/time-zone';
import { useLocale, useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { weekdayNames } from './cron-text';

type Preset = WeekdayPreset | 'custom';

function presetOf(days: readonly number[]): Preset {
  const key = [...days].sort().join(',');
  if (days.length === 0 || key === WEEKDAY_PRESETS.everyDay.join(',')) return 'everyDay';
  if (key === WEEKDAY_PRESETS.weekdays.join(',')) return 'weekdays';
  if (key === [...WEEKDAY_PRESETS.weekends].sort().join(',')) return 'weekends';
  return 'custom';
}

/**
 * "At HH:MM on these days in this time zone" → the UTC cron the API stores. Starts from the
 * current cron when it is a fixed time. The zone it uses is reported up, so the DST warning
 * speaks about the same place.
 */
export function LocalTimeHelper({
  cron,
  now,
  timeZone,
  onTimeZone,
  onApply,
}: {
  cron: string;
  now: Date;
  timeZone: string;
  onTimeZone: (zone: string) => void;
  onApply: (cron: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const start = useMemo(() => utcCronToLocalTime(cron, timeZone, now), [cron, timeZone, now]);
  const [time, setTime] = useState(() => (start ? `${pad(start.hour)}:${pad(start.minute)}` : '09:00'));
  const [days, setDays] = useState<readonly number[]>(() => (start && start.weekdays.length > 0 ? start.weekdays : start ? WEEKDAY_PRESETS.everyDay : WEEKDAY_PRESETS.weekdays));
  const [preset, setPreset] = useState<Preset>(() => presetOf(days));
  // The runtime's list may spell a zone differently (Asia/Calcutta vs Asia/Kolkata): keep ours in it.
  const zones = useMemo(() => {
    const known = knownTimeZones();
    return known.includes(timeZone) ? known : [timeZone, ...known];
  }, [timeZone]);
  const names = useMemo(() => weekdayNames(locale), [locale]);

  const [hh, mm] = time.split(':').map(Number);
  const spec: LocalTimeSpec | null =
    Number.isInteger(hh) && Number.isInteger(mm) && days.length > 0 ? { hour: hh as number, minute: mm as number, weekdays: days, timeZone } : null;
  const result = spec ? localTimeToUtcCron(spec, now) : null;

  const choosePreset = (p: Preset) => {
    setPreset(p);
    if (p !== 'custom') setDays(WEEKDAY_PRESETS[p]);
  };
  const toggleDay = (d: number) => setDays((cur) => (cur.includes(d) ? cur.filter((x) => x !== d) : [...cur, d].sort((a, b) => a - b)));

  return (
    <fieldset className="cron-helper">
      <legend>{t('cron.helper.title')}</legend>
      <div className="cron-helper-row">
        <label htmlFor={`${id}-time`}>{t('cron.helper.at')}</label>
        <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        <label htmlFor={`${id}-preset`}>{t('cron.helper.on')}</label>
        <select id={`${id}-preset`} className="select cron-helper-preset" value={preset} onChange={(e) => choosePreset(e.target.value as Preset)}>
          <option value="everyDay">{t('cron.helper.everyDay')}</option>
          <option value="weekdays">{t('cron.helper.weekdays')}</option>
          <option value="weekends">{t('cron.helper.weekends')}</option>
          <option value="custom">{t('cron.helper.custom')}</option>
        </select>
        <label htmlFor={`${id}-zone`}>{t('cron.helper.zone')}</label>
        <select id={`${id}-zone`} className="select cron-helper-zone" value={timeZone} onChange={(e) => isValidTimeZone(e.target.value) && onTimeZone(e.target.value)}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' && (
        <div className="cron-helper-days" role="group" aria-label={t('cron.helper.days')}>
          {names.map((name, d) => (
            <label key={d} className="cron-day">
              <input type="checkbox" checked={days.includes(d)} onChange={() => toggleDay(d)} />
              {name}
            </label>
          ))}
        </div>
      )}
      <div className="cron-helper-row">
        <span className="field-help">{result ? t('cron.helper.result', { cron: result.cron }) : t('cron.helper.noDays')}</span>
        <Button size="sm" disabled={!result} onClick={() => result && onApply(result.cron)}>
          {t('cron.helper.apply')}
        </Button>
      </div>
    </fieldset>
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
