/** Whole seconds left until `untilMs` (never negative), for "retrying in N s". */
export function secondsUntil(untilMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((untilMs - nowMs) / 1000));
}
