import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n/context';
import { shortcutGroups } from './shortcut-list';
import './shortcuts.css';

export interface ShortcutsSheetProps {
  isMac: boolean;
  globalShortcut: string | null;
  onClose: () => void;
}

/**
 * The keyboard shortcut help sheet: a modal dialog listing every shortcut by group. Focus
 * starts on Close and returns to where it was; Esc or a click outside closes it.
 */
export function ShortcutsSheet({ isMac, globalShortcut, onClose }: ShortcutsSheetProps) {
  const t = useT();
  const titleId = useId();
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') {
      // One focusable element: keep focus inside the sheet.
      e.preventDefault();
      close.current?.focus();
    }
  };

  return (
    <div className="shortcuts-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="shortcuts-sheet" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <div className="shortcuts-head">
          <h2 id={titleId}>{t('desktop.shortcuts.title')}</h2>
          <button ref={close} type="button" className="shortcuts-close" onClick={onClose}>
            {t('desktop.shortcuts.close')}
          </button>
        </div>
        {shortcutGroups(isMac, globalShortcut).map((g) => (
          <section key={g.titleKey} className="shortcuts-group" aria-label={t(g.titleKey)}>
            <h3>{t(g.titleKey)}</h3>
            <dl>
              {g.lines.map((line) => {
                const label = t(line.labelKey, line.sectionKey ? { section: t(line.sectionKey) } : line.params);
                return (
                  <div key={label} className="shortcuts-line">
                    <dt>
                      {line.keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </dt>
                    <dd>{label}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
