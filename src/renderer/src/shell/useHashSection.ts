import { useCallback, useEffect, useState } from 'react';
import { hashForSection, sectionFromHash } from './sections';
import type { SectionId } from './sections';

/** The current section, kept in the URL hash so reloads and the harness can deep-link (#/settings). */
export function useHashSection(): [SectionId, (id: SectionId) => void] {
  const [section, setSection] = useState<SectionId>(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((id: SectionId) => {
    setSection(id);
    const hash = hashForSection(id);
    if (window.location.hash !== hash) window.location.hash = hash;
  }, []);
  return [section, navigate];
}
