import { useEffect, useState } from 'react';
import { hasLocale } from '../../../shared/i18n/runtime';
import type { Locale } from '../../../shared/i18n';
import { loadLocale } from './load-locale';

/**
 * The locale to render with: `wanted` once its messages are installed. Until then, the locale
 * shown before (a language switch keeps the old words for the moment the chunk takes to load,
 * never raw keys), or null on the very first load (the caller renders nothing yet). `wanted` null
 * means "not known yet": nothing loads. If the chunk cannot load, `wanted` anyway: its keys show,
 * which is visible and better than a blank window.
 */
export function useLoadedLocale(wanted: Locale | null, load: (locale: Locale) => Promise<void> = loadLocale): Locale | null {
  const [shown, setShown] = useState<Locale | null>(() => (wanted !== null && hasLocale(wanted) ? wanted : null));
  const [failed, setFailed] = useState<Locale | null>(null);
  const ready = wanted !== null && (hasLocale(wanted) || failed === wanted);
  // Remember what was last shown, adjusting state while rendering (cheaper than an effect, no stale frame).
  if (ready && shown !== wanted) setShown(wanted);

  useEffect(() => {
    if (wanted === null || hasLocale(wanted)) return;
    let live = true;
    load(wanted).then(
      () => {
        if (live) setShown(wanted);
      },
      (err: unknown) => {
        console.error(`could not load the ${wanted} messages`, err);
        if (live) setFailed(wanted);
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, load]);

  return ready ? wanted : shown;
}
