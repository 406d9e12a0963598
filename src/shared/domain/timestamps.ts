/**
 * Timestamps. Sessions, notes, playbooks and orgs carry Unix **seconds** as integers;
 * schedules carry ISO strings. These helpers also accept milliseconds (any number above
 * 1e11 — year 5138 in seconds, 1973 in ms) so one wrong guess upstream never shows 1970.
 */

const MS_THRESHOLD = 1e11;

/** Milliseconds since the epoch from seconds, ms, a numeric string or an ISO string; null if unreadable. */
export function toMs(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return value > MS_THRESHOLD ? Math.round(value) : Math.round(value * 1000);
  }
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return toMs(Number(trimmed));
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? null : parsed;
}

/** Whole Unix seconds from the same inputs as {@link toMs}; null if unreadable. */
export function toSeconds(value: number | string | null | undefined): number | null {
  const ms = toMs(value);
  return ms === null ? null : Math.floor(ms / 1000);
}
