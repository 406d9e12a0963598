/**
 * Largest budget or per-session limit the UI accepts (ACUs); far above any real day. Apart from
 * usage-settings.ts (which re-exports it) so the composer's ACU field does not load zod before the
 * window's first paint.
 */
export const MAX_ACU_SETTING = 1_000_000;
