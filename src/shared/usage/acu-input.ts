import { MAX_ACU_SETTING } from './acu-limit';

/** What a typed ACU figure means: empty = none (null), else a number, or not a usable one. */
export type AcuInput = { ok: true; value: number | null } | { ok: false };

/**
 * Reads an ACU figure as typed (a budget, a session limit): blank is "none"; otherwise a plain
 * number above 0 and at most 1,000,000 (`whole`: an integer, as `max_acu_limit` is). Grouping
 * commas and spaces are ignored ("1,000"); anything else is refused rather than guessed.
 */
export function parseAcuInput(text: string, opts: { whole?: boolean } = {}): AcuInput {
  const raw = text.trim().replace(/[,\s\u00a0]/g, '');
  if (raw === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(raw)) return { ok: false };
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > MAX_ACU_SETTING) return { ok: false };
  if (opts.whole && !Number.isInteger(value)) return { ok: false };
  return { ok: true, value };
}

/** A stored figure as the field shows it (null → empty). */
export function acuInputText(value: number | null): string {
  return value === null ? '' : String(value);
}
