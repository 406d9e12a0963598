/**
 * Cron, made human: validation with translatable issues, words (cronstrue), next runs (croner),
 * and the local-time helper with its daylight-saving warning. Pure; no Node imports, so the
 * renderer and main share it.
 */
export { CRON_FIELDS, FIELD_RANGES, splitCron, type CronField } from './cron-fields';
export { validateCron, type CronIssue, type CronValidation } from './validate-cron';
export { describeCron } from './describe-cron';
export { nextRuns } from './next-runs';
export { formatRun, formatDay } from './format-run';
export {
  localTimeToUtcCron,
  readFixedTime,
  utcCronToLocalTime,
  WEEKDAY_PRESETS,
  type FixedTimeCron,
  type LocalTimeSpec,
  type UtcCron,
  type WeekdayPreset,
} from './local-time-cron';
export { localTimeDrift, type LocalTimeDrift, type LocalTimePeriod } from './local-time-drift';
export {
  clockText,
  isoToLocalInput,
  isValidTimeZone,
  knownTimeZones,
  localInputToIso,
  offsetMinutes,
  systemTimeZone,
  wallClock,
  zonedTimeToUtc,
  type WallClock,
} from './time-zone';
