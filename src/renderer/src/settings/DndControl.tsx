import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useLocale, useT } from '../i18n/context';
import { Button } from '../ui/Button';
import { BellOffIcon } from '../ui/icons';
import { dndUntilFor, formatClock, formatPausedUntil, TOMORROW_TIME } from './dnd-until';
import type { DndChoice } from './dnd-until';
import { useDndActive } from './useDndActive';

/**
 * Do not disturb: while paused, "Paused until 3:20 PM" and Resume; otherwise the pauses on offer
 * (an hour, until tomorrow morning, until a time picked here). Each choice applies at once.
 */
export function DndControl({ dndUntil, disabled, onChange }: { dndUntil: number | null; disabled: boolean; onChange: (dndUntil: number | null) => void }) {
  const t = useT();
  const locale = useLocale();
  const { active, nowMs } = useDndActive(dndUntil);
  const [picking, setPicking] = useState(false);
  const [time, setTime] = useState('');
  const labelId = useId();
  const helpId = useId();
  const timeId = useId();

  const pause = (choice: DndChoice) => {
    const until = dndUntilFor(choice, Date.now());
    if (until === null) return;
    setPicking(false);
    onChange(until);
  };
  const submitTime = (e: FormEvent) => {
    e.preventDefault();
    pause({ kind: 'at', time });
  };

  return (
    <div className="dnd" role="group" aria-labelledby={labelId} aria-describedby={helpId}>
      <div className="dnd-row">
        <span className="field-label" id={labelId}>
          {t('ui.settings.notify.dnd')}
        </span>
        <div className="dnd-controls">
          <span aria-live="polite">
            {active && dndUntil !== null ? (
              <span className="dnd-paused">
                <BellOffIcon size={14} />
                {t('ui.settings.notify.pausedUntil', { time: formatPausedUntil(dndUntil, nowMs, locale) })}
              </span>
            ) : (
              // The choices say it is off; screen readers hear it when a pause ends.
              <span className="visually-hidden">{t('ui.settings.notify.dndOff')}</span>
            )}
          </span>
          {active ? (
            <Button size="sm" disabled={disabled} onClick={() => onChange(null)}>
              {t('ui.settings.notify.resume')}
            </Button>
          ) : picking ? (
            <form className="dnd-pick" onSubmit={submitTime}>
              <label className="visually-hidden" htmlFor={timeId}>
                {t('ui.settings.notify.dndTime')}
              </label>
              <input
                id={timeId}
                type="time"
                className="input dnd-time"
                value={time}
                required
                disabled={disabled}
                onChange={(e) => setTime(e.target.value)}
                // The user just asked for this field: focus it.
                autoFocus
              />
              <Button type="submit" size="sm" variant="primary" disabled={disabled || time === ''}>
                {t('ui.settings.notify.dndApply')}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setPicking(false)}>
                {t('ui.settings.cancel')}
              </Button>
            </form>
          ) : (
            <div className="dnd-pick" role="group" aria-label={t('ui.settings.notify.dndChoices')}>
              <Button size="sm" disabled={disabled} onClick={() => pause({ kind: 'hour' })}>
                {t('ui.settings.notify.dnd1h')}
              </Button>
              <Button size="sm" disabled={disabled} onClick={() => pause({ kind: 'tomorrow' })}>
                {t('ui.settings.notify.dndTomorrow', { time: formatClock(TOMORROW_TIME, locale) })}
              </Button>
              <Button size="sm" disabled={disabled} onClick={() => setPicking(true)}>
                {t('ui.settings.notify.dndCustom')}
              </Button>
            </div>
          )}
        </div>
      </div>
      <p className="field-help" id={helpId}>
        {t('ui.settings.notify.dndHelp')}
      </p>
    </div>
  );
}
