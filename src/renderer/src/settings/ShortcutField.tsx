import { useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { translate } from '../../../shared/i18n';
import { getBridge } from '../bridge';
import { formatAccelerator } from '../features/shortcuts';
import { useLocale, useT } from '../i18n/context';
import { useAppStore, useSettings } from '../store/hooks';
import { Button } from '../ui/Button';
import { InlineError } from '../ui/InlineError';
import { CheckIcon } from '../ui/icons';
import { toUiError } from '../ui/ui-error';
import { captureShortcut } from './shortcut-capture';

/** Notices main raises when it cannot register a shortcut (it keeps or restores the previous one). */
const SHORTCUT_NOTICES = new Set(['desktop.notice.shortcutInvalid', 'desktop.notice.shortcutTaken', 'desktop.notice.shortcutLost']);

/**
 * The global "show Devin Tray" shortcut, recorded by pressing it: focus the field, press e.g.
 * Ctrl+Shift+D. Invalid combinations are explained and not saved. If main refuses one (invalid,
 * or taken by another app), its message shows here and the previous shortcut stays.
 */
export function ShortcutField({ isMac }: { isMac: boolean }) {
  const t = useT();
  const locale = useLocale();
  const store = useAppStore();
  const { globalShortcut } = useSettings();
  const [focused, setFocused] = useState(false);
  const [held, setHeld] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();

  // Main refuses asynchronously (it registers the shortcut after saving the setting, then writes
  // the previous one back): show its message here, where the user is looking, not as a banner.
  useEffect(
    () =>
      getBridge().on('app:notice', (notice) => {
        // Only this field changes the shortcut, so any such notice answers it.
        if (!SHORTCUT_NOTICES.has(notice.key)) return;
        setSaved(false);
        setProblem(translate(locale, notice.key, readableShortcuts(notice.params, isMac)));
        // After the store (subscribed first) has added it.
        queueMicrotask(() => void store.dismissNotice(notice.id).catch(() => undefined));
      }),
    [locale, store, isMac],
  );

  const save = (next: string | null) => {
    setProblem(null);
    setSaved(false);
    if (next === globalShortcut) return;
    store
      .updateSettings({ globalShortcut: next })
      .then(() => setSaved(true))
      .catch((err: unknown) => setProblem(t('ui.settings.saveFailed', { detail: toUiError(err, t).message })));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const r = captureShortcut(e, isMac);
    if (r.kind === 'pass') return;
    e.preventDefault();
    switch (r.kind) {
      case 'waiting':
        setHeld(heldModifiers(e, isMac));
        return;
      case 'cancel':
        setHeld(null);
        setProblem(null);
        e.currentTarget.blur();
        return;
      case 'clear':
        setHeld(null);
        save(null);
        return;
      case 'accelerator':
        setHeld(null);
        save(r.accelerator);
        return;
      case 'problem':
        setHeld(null);
        setSaved(false);
        setProblem(
          r.problem === 'needsModifier'
            ? t('ui.settings.shortcut.needsModifier', { mods: t(isMac ? 'ui.settings.shortcut.modsMac' : 'ui.settings.shortcut.modsOther') })
            : t('ui.settings.shortcut.unsupportedKey', { key: r.key }),
        );
    }
  };

  const shown = held ?? (globalShortcut ? formatAccelerator(globalShortcut, isMac) : '');
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {t('ui.settings.shortcut')}
      </label>
      <div className="input-with-button">
        <input
          id={inputId}
          type="text"
          className="shortcut-input"
          value={shown}
          placeholder={focused ? t('ui.settings.shortcutRecording') : t('ui.settings.shortcutNone')}
          onKeyDown={onKeyDown}
          onKeyUp={() => setHeld(null)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            setHeld(null);
          }}
          onChange={() => undefined}
          onPaste={(e) => e.preventDefault()}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${errorId} ${helpId}` : helpId}
        />
        <Button onClick={() => save(null)} disabled={globalShortcut === null}>
          {t('ui.settings.shortcutClear')}
        </Button>
      </div>
      <p className="field-help" id={helpId}>
        {t('ui.settings.shortcutHelp', { example: formatAccelerator('CommandOrControl+Shift+D', isMac) })}
      </p>
      <div aria-live="polite">
        {saved && (
          <p className="saved-note">
            <CheckIcon size={13} />
            {t('ui.settings.saved')}
          </p>
        )}
      </div>
      {problem && <InlineError id={errorId} message={problem} />}
    </div>
  );
}

/** The modifiers held so far, as they will be shown ("Ctrl+Shift+…"). */
function heldModifiers(e: { ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }, isMac: boolean): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('CommandOrControl');
  if (isMac && e.ctrlKey) parts.push('Control');
  if (!isMac && e.metaKey) parts.push('Super');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  if (parts.length === 0) return '';
  return `${formatAccelerator(parts.join('+'), isMac)}${isMac ? '' : '+'}…`;
}

/** Main names accelerators as stored ("CommandOrControl+Alt+J"); show them as the field does. */
function readableShortcuts(params: Record<string, string | number> | undefined, isMac: boolean): Record<string, string | number> {
  const out: Record<string, string | number> = { ...params };
  for (const k of ['accelerator', 'previous']) {
    const v = out[k];
    if (typeof v === 'string' && v.includes('+')) out[k] = formatAccelerator(v, isMac);
  }
  return out;
}
