import { globalShortcut } from 'electron';
import type { Notice } from '../../shared/ipc/contract';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import type { SettingsStore } from '../settings/settings-store';
import { planShortcutChange, resolveShortcutChange } from './shortcut-model';

export interface GlobalShortcutDeps {
  settings: Pick<SettingsStore, 'get' | 'update' | 'onChange'>;
  onTrigger: () => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  locale: () => Locale;
}

/**
 * The configurable global "show the window" shortcut. A new accelerator that is invalid or
 * taken by another app is not half-applied: the old one stays (re-registered if needed), the
 * setting is written back to it, and a notice says why.
 */
export function createGlobalShortcut(deps: GlobalShortcutDeps): { active(): string | null; dispose(): void } {
  let active: string | null = null;

  const tryRegister = (accelerator: string): boolean => {
    try {
      return globalShortcut.register(accelerator, deps.onTrigger);
    } catch {
      // Electron throws on accelerators it cannot parse.
      return false;
    }
  };

  const apply = (wanted: string | null) => {
    const step = planShortcutChange(active, wanted);
    let registered = false;
    let restored = false;
    if (step.kind === 'unregister') globalShortcut.unregister(step.from);
    if (step.kind === 'swap') {
      if (step.from) globalShortcut.unregister(step.from);
      registered = tryRegister(step.to);
      if (!registered && step.from) restored = tryRegister(step.from);
    }
    const outcome = resolveShortcutChange(step, registered, restored);
    if (!outcome) return;
    active = outcome.active;
    if (outcome.notice) {
      const { key, accelerator, previous } = outcome.notice;
      const previousText = previous ?? translate(deps.locale(), 'desktop.notice.shortcutNone');
      deps.notify({ level: 'warning', key, params: { accelerator, previous: previousText } });
    }
    if (outcome.settingsValue !== deps.settings.get().globalShortcut) {
      void deps.settings.update({ globalShortcut: outcome.settingsValue }).catch(() => undefined);
    }
  };

  apply(deps.settings.get().globalShortcut);
  const off = deps.settings.onChange((s) => {
    if (s.globalShortcut !== active) apply(s.globalShortcut);
  });
  return {
    active: () => active,
    dispose() {
      off();
      if (active) globalShortcut.unregister(active);
      active = null;
    },
  };
}
