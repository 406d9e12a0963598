import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `enabled` (relative times, countdowns).
 * Right after enabling it can be up to one interval old: countdowns cap with their own figure.
 */
export function useNow(intervalMs: number, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs, enabled]);
  return now;
}
