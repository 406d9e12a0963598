import { app } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Notice } from '../../shared/ipc/contract';
import type { SettingsStore } from '../settings/settings-store';
import { planLoginItem } from './login-item-model';
import type { LoginItemPlan } from './login-item-model';

export interface LoginItemDeps {
  settings: Pick<SettingsStore, 'get' | 'update' | 'onChange'>;
  platform: string;
  execPath: string;
  env: NodeJS.ProcessEnv;
  home: string;
  desktopName: string;
  notify: (notice: Omit<Notice, 'id'>) => void;
}

/** Carries out a plan: Electron's login item API on macOS/Windows, the autostart file on Linux. */
export async function applyLoginItemPlan(plan: LoginItemPlan): Promise<void> {
  if (plan.kind === 'electron') {
    app.setLoginItemSettings(plan.settings);
    return;
  }
  if (plan.kind === 'xdg-autostart') {
    if (plan.content === null) {
      await rm(plan.file, { force: true });
      return;
    }
    await mkdir(dirname(plan.file), { recursive: true });
    await writeFile(plan.file, plan.content, { mode: 0o644 });
  }
}

/**
 * Keeps the OS login item in line with `settings.launchAtLogin` (at start, so a moved app
 * updates its autostart path, and on every change). A failure is reported and the setting
 * is put back, so the switch never claims what the OS does not do.
 */
export function syncLoginItem(deps: LoginItemDeps): () => void {
  let applied: boolean | null = null;
  const apply = async (enabled: boolean, previous: boolean | null) => {
    const plan = planLoginItem({ ...deps, enabled, appName: 'Devin Tray' });
    try {
      await applyLoginItemPlan(plan);
      applied = enabled;
    } catch (err) {
      deps.notify({ level: 'warning', key: 'desktop.notice.loginItemFailed', params: { message: err instanceof Error ? err.message : String(err) } });
      if (previous !== null && previous !== enabled) await deps.settings.update({ launchAtLogin: previous }).catch(() => undefined);
    }
  };
  const initial = deps.settings.get().launchAtLogin;
  // Nothing to undo at start: only write when enabled (a stale Linux file is removed on disable).
  void apply(initial, null);
  return deps.settings.onChange((s) => {
    if (s.launchAtLogin !== applied) void apply(s.launchAtLogin, applied);
  });
}
