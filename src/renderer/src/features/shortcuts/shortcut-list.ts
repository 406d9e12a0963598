import type { MessageKey, TParams } from '../../../../shared/i18n';
import { SECTIONS } from '../../shell/sections';
import { shortcutLabel } from '../../shell/section-shortcut';

/** One line of the help sheet: the keys (each a <kbd>) and what they do. */
export interface ShortcutLine {
  keys: string[];
  labelKey: MessageKey;
  params?: TParams;
  /** Section label keys are resolved by the sheet (params hold message keys to translate). */
  sectionKey?: MessageKey;
}

export interface ShortcutGroup {
  titleKey: MessageKey;
  lines: ShortcutLine[];
}

/**
 * The app's keyboard shortcuts for this platform (pure). Mirrors what the screens implement:
 * Ctrl/⌘+1…7 (shell), `/`, `n` and `r` (sessions), Ctrl/⌘+Enter (reply box, editors), Esc
 * (dialogs), arrows + Enter (lists), `?` (this sheet), and the optional global shortcut.
 */
export function shortcutGroups(isMac: boolean, globalShortcut: string | null): ShortcutGroup[] {
  const mod = isMac ? '⌘' : 'Ctrl';
  return [
    {
      titleKey: 'desktop.shortcuts.groupGeneral',
      lines: [
        { keys: ['?'], labelKey: 'desktop.shortcuts.showHelp' },
        ...SECTIONS.map((s, i) => ({ keys: [shortcutLabel(i + 1, isMac)], labelKey: 'desktop.shortcuts.goToSection' as MessageKey, sectionKey: s.labelKey })),
        { keys: ['Esc'], labelKey: 'desktop.shortcuts.closeDialog' },
        globalShortcut
          ? { keys: [formatAccelerator(globalShortcut, isMac)], labelKey: 'desktop.shortcuts.globalShow' }
          : { keys: [], labelKey: 'desktop.shortcuts.globalShowOff' },
      ],
    },
    {
      titleKey: 'desktop.shortcuts.groupSessions',
      lines: [
        { keys: ['/'], labelKey: 'desktop.shortcuts.search' },
        { keys: ['N'], labelKey: 'desktop.shortcuts.newSession' },
        { keys: ['R'], labelKey: 'desktop.shortcuts.refresh' },
        { keys: ['↑', '↓'], labelKey: 'desktop.shortcuts.listMove' },
        { keys: ['Enter'], labelKey: 'desktop.shortcuts.listOpen' },
      ],
    },
    {
      titleKey: 'desktop.shortcuts.groupEditing',
      lines: [{ keys: [isMac ? '⌘↩' : `${mod}+Enter`], labelKey: 'desktop.shortcuts.send' }],
    },
  ];
}

/** An Electron accelerator as people read it on this platform ("CommandOrControl+Shift+Space" → "⌘⇧Space"). */
export function formatAccelerator(accelerator: string, isMac: boolean): string {
  const parts = accelerator.split('+').filter((p) => p !== '');
  const mapMac: Record<string, string> = { commandorcontrol: '⌘', cmdorctrl: '⌘', command: '⌘', cmd: '⌘', control: '⌃', ctrl: '⌃', alt: '⌥', option: '⌥', shift: '⇧', super: '⌘', meta: '⌘' };
  const mapOther: Record<string, string> = { commandorcontrol: 'Ctrl', cmdorctrl: 'Ctrl', command: 'Super', cmd: 'Super', control: 'Ctrl', ctrl: 'Ctrl', alt: 'Alt', option: 'Alt', shift: 'Shift', super: 'Super', meta: 'Super' };
  const map = isMac ? mapMac : mapOther;
  const shown = parts.map((p) => map[p.toLowerCase()] ?? p);
  return isMac ? shown.join('') : shown.join('+');
}

/** True when `?` should open the sheet: not while typing, not over another dialog, not with Ctrl/⌘/Alt. */
export function isHelpKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; isComposing?: boolean }, target: EventTarget | null, modalOpen: boolean): boolean {
  if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || modalOpen) return false;
  const el = target as { tagName?: string; isContentEditable?: boolean } | null;
  if (el?.isContentEditable) return false;
  return !['INPUT', 'TEXTAREA', 'SELECT'].includes(el?.tagName ?? '');
}
