/**
 * Time zone arithmetic with Intl only (no Node, no tz database of our own), so it runs the same
 * in main and in the renderer.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A wall-clock reading in some time zone. `weekday` is 0 (Sunday) … 6. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** What a clock in `timeZone` shows at instant `at`. */
export function wallClock(at: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of wallClockFormatter(timeZone).formatToParts(at)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines print midnight as 24 even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
  };
}

/** Minutes east of UTC in `timeZone` at instant `at` (New York in winter: -300; Shanghai: 480). */
export function offsetMinutes(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const exact = Math.floor(at.getTime() / 1000) * 1000;
  return Math.round((asUtc - exact) / 60_000);
}

/** True when Intl knows the zone (e.g. "Europe/Berlin"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone the user's system is set to; UTC when the runtime cannot tell. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every zone the runtime knows, for a picker; at least UTC and the system zone. */
export function knownTimeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const list = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...new Set(['UTC', systemTimeZone(), ...list])].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

/** "HH:MM" from minutes after midnight. */
export function clockText(minutesOfDay: number): string {
  const m = ((minutesOfDay % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The instant a wall clock in `timeZone` shows `y-m-d h:mi` (month 1–12). In a DST gap the
 * time does not exist and the result lands just after it; in an overlap the earlier instant wins.
 */
export function zonedTimeToUtc(y: number, m: number, d: number, h: number, mi: number, timeZone: string): Date {
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const day = 86_400_000;
  // The offsets in force a day before and a day after: at most one change lies between them.
  const before = wall - offsetMinutes(new Date(wall - day), timeZone) * 60_000;
  const after = wall - offsetMinutes(new Date(wall + day), timeZone) * 60_000;
  const fits = [before, after].filter((t) => {
    const w = wallClock(new Date(t), timeZone);
    return w.hour === h && w.minute === mi && w.day === d;
  });
  // Overlap: both fit, take the earlier. Gap: neither fits; the old offset lands after the gap.
  return new Date(fits.length > 0 ? Math.min(...fits) : before);
}

/** `YYYY-MM-DDTHH:MM` (an `<input type="datetime-local">` value) ↔ an ISO instant, read in `timeZone`. */
export function localInputToIso(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return zonedTimeToUtc(y, mo, d, h, mi, timeZone).toISOString();
}

export function isoToLocalInput(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const w = wallClock(new Date(ms), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`;
}
