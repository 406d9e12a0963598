import { useEffect, useState } from 'react';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';

interface Fetched {
  sessionId: string;
  view: SessionView | null;
  error: UiError | null;
}

/**
 * The session a detail pane shows: asks main for a fresh copy once on open (`sessions:get`,
 * which also refreshes the list), then follows the live list. The fetched copy only stands in
 * while the list does not have the session yet (just created, or a deep link).
 */
export function useFreshSession(sessionId: string, listed: SessionView | undefined): { view: SessionView | null; error: UiError | null } {
  const t = useT();
  const [fetched, setFetched] = useState<Fetched>({ sessionId, view: null, error: null });
  useEffect(() => {
    let live = true;
    getBridge()
      .sessions.get({ sessionId })
      .then((view) => {
        if (live) setFetched({ sessionId, view, error: null });
      })
      .catch((err: unknown) => {
        if (live) setFetched({ sessionId, view: null, error: toUiError(err, t) });
      });
    return () => {
      live = false;
    };
  }, [sessionId, t]);
  const mine = fetched.sessionId === sessionId ? fetched : { view: null, error: null };
  if (listed) return { view: listed, error: null };
  return { view: mine.view, error: mine.error };
}
