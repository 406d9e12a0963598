import { readFileSync, renameSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { settingsSchema } from '../../shared/settings';
import type { Settings } from '../../shared/settings';
import { SETTINGS_VERSION } from '../../shared/settings';
import { AppError } from '../../shared/errors';
import { writeFileAtomic } from './atomic-write';
import { applyMigrations, SETTINGS_MIGRATIONS } from './migrations';
import type { SettingsMigration } from './migrations';

export const SETTINGS_FILE_NAME = 'settings.json';

export interface SettingsStoreOptions {
  /** The folder holding settings.json (the app's userData dir, shared with the CLI). */
  dir: string;
  fileName?: string;
  migrations?: readonly SettingsMigration[];
  /** The version migrations lead to; defaults to SETTINGS_VERSION. */
  targetVersion?: number;
  /** For the backup file's timestamp. */
  now?: () => Date;
}

/** Why a settings file was unreadable: the i18n reason key suffix plus a technical detail. */
export interface SettingsReset {
  reason: 'badJson' | 'invalid';
  detail: string;
  /** Where the unreadable file was moved, so nothing the user wrote is lost. */
  backupPath: string;
}

export interface SettingsStore {
  readonly filePath: string;
  /** Set when the file was corrupt at open: it was backed up and settings reset to defaults. */
  readonly reset: SettingsReset | null;
  get(): Settings;
  /** Validates, writes atomically, then notifies listeners (only when something changed). */
  update(patch: Partial<Settings>): Promise<Settings>;
  /**
   * Like {@link update}, but the patch is computed from the settings as they are when this write's
   * turn comes, so a read-modify-write (a nested object such as `notifications`) never loses a
   * change queued just before it.
   */
  updateWith(derive: (current: Settings) => Partial<Settings>): Promise<Settings>;
  /** Returns the unsubscribe function. */
  onChange(listener: (settings: Settings) => void): () => void;
  /** Resolves when every queued write has finished; rejects if the initial write-back failed. */
  flush(): Promise<void>;
}

/**
 * Opens (or starts) the JSON settings file: migrates old shapes, fills defaults, and turns a
 * corrupt file into a backup plus defaults instead of a crash. Reading is synchronous (a small
 * file, once, at startup) so the app can build its services before anything awaits; writing is
 * asynchronous and atomic. Plain Node, so the CLI and tests use the very same store as the app.
 */
export function createSettingsStore(opts: SettingsStoreOptions): SettingsStore {
  const filePath = join(opts.dir, opts.fileName ?? SETTINGS_FILE_NAME);
  const loaded = loadSettings(filePath, opts);
  let state = Object.freeze(loaded.settings);
  const listeners = new Set<(settings: Settings) => void>();
  let queue: Promise<unknown> = Promise.resolve();

  const write = async (settings: Settings) => {
    await mkdir(opts.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(filePath, `${JSON.stringify(settings, null, 2)}\n`);
  };

  // Writes run one after another so each patch applies to the previous result.
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // A migrated or reset file is written back right away; flush() reports if that failed.
  const initialWrite = loaded.needsWrite ? enqueue(() => write(state)) : Promise.resolve();
  initialWrite.catch(() => undefined);

  const updateWith = (derive: (current: Settings) => Partial<Settings>): Promise<Settings> =>
    enqueue(async () => {
      const patch = derive(state);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const parsed = settingsSchema.safeParse({ ...state, ...defined });
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new AppError('INVALID_INPUT', `Invalid settings: ${detail}`, {}, { detail });
      }
      if (JSON.stringify(parsed.data) === JSON.stringify(state)) return state;
      await write(parsed.data);
      state = Object.freeze(parsed.data);
      for (const listener of listeners) listener(state);
      return state;
    });

  return {
    filePath,
    reset: loaded.reset,
    get: () => state,
    update: (patch) => updateWith(() => patch),
    updateWith,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush: async () => {
      await queue;
      await initialWrite;
    },
  };
}

/** {@link createSettingsStore}, resolved once the initial write-back (if any) is on disk. */
export async function openSettingsStore(opts: SettingsStoreOptions): Promise<SettingsStore> {
  const store = createSettingsStore(opts);
  await store.flush();
  return store;
}

interface Loaded {
  settings: Settings;
  reset: SettingsReset | null;
  needsWrite: boolean;
}

function loadSettings(filePath: string, opts: SettingsStoreOptions): Loaded {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (err) {
    // No file yet: defaults, written on the first change. Other read errors (EACCES …) are real.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return { settings: settingsSchema.parse({}), reset: null, needsWrite: false };
    }
    throw err;
  }
  const decoded = decodeSettings(text, opts.migrations ?? SETTINGS_MIGRATIONS, opts.targetVersion ?? SETTINGS_VERSION);
  if (decoded.ok) return { settings: decoded.settings, reset: null, needsWrite: decoded.migrated };

  const backupPath = filePath.replace(/\.json$/, '') + `.corrupt-${stamp((opts.now ?? (() => new Date()))())}.json`;
  renameSync(filePath, backupPath);
  return {
    settings: settingsSchema.parse({}),
    reset: { reason: decoded.reason, detail: decoded.detail, backupPath },
    needsWrite: true,
  };
}

type Decoded =
  | { ok: true; settings: Settings; migrated: boolean }
  | { ok: false; reason: SettingsReset['reason']; detail: string };

/** Pure: file text → settings, or why it cannot be used. */
export function decodeSettings(
  text: string,
  migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
  targetVersion: number = SETTINGS_VERSION,
): Decoded {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: 'badJson', detail: (err as Error).message };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'invalid', detail: 'the top level is not an object' };
  }
  let migrated;
  try {
    migrated = applyMigrations(raw as Record<string, unknown>, migrations, targetVersion);
  } catch (err) {
    return { ok: false, reason: 'invalid', detail: `migration failed: ${(err as Error).message}` };
  }
  const parsed = settingsSchema.safeParse(migrated.raw);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  }
  return { ok: true, settings: parsed.data, migrated: migrated.migrated };
}

/** A file-name-safe timestamp: 2024-05-01T10-20-30-000Z. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
