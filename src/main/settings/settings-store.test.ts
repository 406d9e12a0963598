import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../shared/settings';
import { openSettingsStore } from './settings-store';
import type { SettingsMigration } from './migrations';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = () => join(dir, 'settings.json');
const readJson = async () => JSON.parse(await readFile(file(), 'utf8')) as Record<string, unknown>;

describe('settings store', () => {
  it('starts from defaults without a file and does not create one until a change', async () => {
    const store = await openSettingsStore({ dir });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.reset).toBeNull();
    await expect(stat(file())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('fills missing fields with defaults and keeps the ones present', async () => {
    await writeFile(file(), JSON.stringify({ version: 1, theme: 'dark' }));
    const store = await openSettingsStore({ dir });
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('writes updates atomically with mode 0600, leaves no temp files, and notifies only on change', async () => {
    const nested = join(dir, 'new', 'folder');
    const store = await openSettingsStore({ dir: nested });
    const seen: string[] = [];
    const off = store.onChange((s) => seen.push(s.locale));

    await store.update({ locale: 'zh-CN' });
    await store.update({ locale: 'zh-CN' });
    const path = join(nested, 'settings.json');
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ locale: 'zh-CN', version: SETTINGS_VERSION });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(nested)).toEqual(['settings.json']);
    expect(seen).toEqual(['zh-CN']);

    off();
    await store.update({ locale: 'en' });
    expect(seen).toEqual(['zh-CN']);
    // A reopened store sees what was written.
    expect((await openSettingsStore({ dir: nested })).get().locale).toBe('en');
  });

  it('applies concurrent patches in order, each on top of the previous one', async () => {
    const store = await openSettingsStore({ dir });
    await Promise.all([store.update({ theme: 'dark' }), store.update({ locale: 'en' }), store.update({ currentAccountId: 'org-1' })]);
    expect(await readJson()).toMatchObject({ theme: 'dark', locale: 'en', currentAccountId: 'org-1' });
  });

  it('refuses an invalid patch with INVALID_INPUT and keeps the file as it was', async () => {
    const store = await openSettingsStore({ dir });
    await store.update({ theme: 'light' });
    await expect(store.update({ theme: 'neon' as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(store.get().theme).toBe('light');
    expect(await readJson()).toMatchObject({ theme: 'light' });
  });

  it('migrates an old file in order and writes the result back', async () => {
    // Version 1 stored a single "language" field; version 2 renames it, version 3 sets a theme.
    const migrations: SettingsMigration[] = [
      { to: 3, migrate: (raw) => ({ ...raw, theme: 'dark' }) },
      {
        to: 2,
        migrate: ({ language, ...rest }) => ({ ...rest, locale: language === 'chinese' ? 'zh-CN' : 'en' }),
      },
    ];
    await writeFile(file(), JSON.stringify({ version: 1, language: 'chinese' }));
    const store = await openSettingsStore({ dir, migrations, targetVersion: 3 });
    expect(store.get()).toMatchObject({ version: 3, locale: 'zh-CN', theme: 'dark' });
    const written = await readJson();
    expect(written).toMatchObject({ version: 3, locale: 'zh-CN', theme: 'dark' });
    expect(written).not.toHaveProperty('language');
  });

  it('drops the old appBaseUrl setting on the first start of this version (issue #11 point 4), keeping the rest', async () => {
    await writeFile(file(), JSON.stringify({ version: 1, apiBaseUrl: 'https://api.acme.devinenterprise.com', appBaseUrl: 'https://evil.example', theme: 'dark' }));
    const store = await openSettingsStore({ dir });
    expect(store.get()).toMatchObject({ version: SETTINGS_VERSION, apiBaseUrl: 'https://api.acme.devinenterprise.com', theme: 'dark' });
    expect(store.get()).not.toHaveProperty('appBaseUrl');
    const written = await readJson();
    expect(written).toMatchObject({ version: SETTINGS_VERSION, apiBaseUrl: 'https://api.acme.devinenterprise.com' });
    expect(written).not.toHaveProperty('appBaseUrl');
  });

  it.each([
    ['bad JSON', '{"locale": "en",', 'badJson'],
    ['schema-invalid', JSON.stringify({ version: 1, theme: 'neon' }), 'invalid'],
    ['not an object', '[1,2]', 'invalid'],
  ] as const)('backs up a %s file, resets to defaults and reports it', async (_label, text, reason) => {
    await writeFile(file(), text);
    const store = await openSettingsStore({ dir, now: () => new Date('2024-05-01T10:20:30.000Z') });

    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const backup = join(dir, 'settings.corrupt-2024-05-01T10-20-30-000Z.json');
    expect(store.reset).toMatchObject({ reason, backupPath: backup });
    expect(await readFile(backup, 'utf8')).toBe(text);
    expect(await readJson()).toEqual(DEFAULT_SETTINGS);
    expect((await stat(file())).mode & 0o777).toBe(0o600);
  });
});
