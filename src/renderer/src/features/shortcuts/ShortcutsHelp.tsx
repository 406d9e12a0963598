import { useEffect, useState } from 'react';
import { isHelpKey } from './shortcut-list';
import { ShortcutsSheet } from './ShortcutsSheet';

/**
 * Mount once in the shell: `?` opens the shortcut help sheet (not while typing or over another
 * dialog). `globalShortcut` is settings.globalShortcut, shown in the sheet when set.
 */
export function ShortcutsHelp({ isMac, globalShortcut }: { isMac: boolean; globalShortcut: string | null }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (!isHelpKey(e, e.target, document.querySelector('[aria-modal="true"]') !== null)) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return open ? <ShortcutsSheet isMac={isMac} globalShortcut={globalShortcut} onClose={() => setOpen(false)} /> : null;
}
