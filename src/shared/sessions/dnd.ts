/**
 * Whether do-not-disturb is on at `nowMs`. Apart from notification-settings.ts (which re-exports
 * it) so the renderer's first paint does not load that file's zod schemas.
 */
export function isDndActive(s: { dndUntil: number | null }, nowMs: number): boolean {
  return s.dndUntil !== null && nowMs < s.dndUntil;
}
