import { SETTINGS_VERSION } from '../../shared/settings';

/** One step that upgrades the raw JSON of a settings file to `to`. Steps must not mutate their input. */
export interface SettingsMigration {
  to: number;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The app's migrations, oldest first. Version 1 is the first released shape; a schema change
 * bumps SETTINGS_VERSION in src/shared/settings.ts and adds a step here.
 */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  {
    // `appBaseUrl` was a free setting that widened what openExternal accepts; the app host is now
    // derived from the API origin (security/app-origins.ts). Dropped so nothing reads it again.
    to: 2,
    migrate: ({ appBaseUrl: _dropped, ...rest }) => rest,
  },
];

export interface MigrationResult {
  raw: Record<string, unknown>;
  /** The version the file had before (1 when it had none). */
  from: number;
  migrated: boolean;
}

/**
 * Runs every step whose `to` is above the file's version, in order, stamping each result with
 * its version. A file from a newer app version is left alone (its unknown fields are dropped
 * only when we next write).
 */
export function applyMigrations(
  raw: Record<string, unknown>,
  migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_VERSION,
): MigrationResult {
  const from = typeof raw['version'] === 'number' ? raw['version'] : 1;
  let current = raw;
  let version = from;
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to <= version || step.to > target) continue;
    current = { ...step.migrate(current), version: step.to };
    version = step.to;
  }
  return { raw: current, from, migrated: version !== from };
}
