import { useEffect, useState } from 'react';
import { isDndActive } from '../../../shared/sessions/notification-settings';

/** Longest setTimeout delay browsers honour (~24.8 days); longer pauses are caught by the minute tick. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * Whether do-not-disturb is on, and the clock reading that decided it. While a pause is set the
 * clock ticks every minute and once more when the pause ends, so "Paused until …" turns back
 * into the choices without a reload.
 */
export function useDndActive(dndUntil: number | null): { active: boolean; nowMs: number } {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    if (dndUntil === null) return;
    const tick = () => setNowMs(Date.now());
    const minute = window.setInterval(tick, 60_000);
    const end = window.setTimeout(tick, Math.min(Math.max(dndUntil - Date.now(), 0) + 50, MAX_DELAY));
    return () => {
      window.clearInterval(minute);
      window.clearTimeout(end);
    };
  }, [dndUntil]);
  return { active: isDndActive({ dndUntil }, nowMs), nowMs };
}
