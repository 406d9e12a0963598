import { useEffect } from 'react';
import { sectionForShortcut } from './section-shortcut';
import type { SectionId } from './sections';

/** Ctrl/Cmd+1…7 switch sections from anywhere in the window. */
export function useSectionShortcuts(isMac: boolean, navigate: (id: SectionId) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const id = sectionForShortcut(e, isMac);
      if (!id) return;
      e.preventDefault();
      navigate(id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isMac, navigate]);
}
