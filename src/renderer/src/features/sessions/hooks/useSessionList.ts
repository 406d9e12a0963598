import { useCallback, useEffect, useState } from 'react';
import { SESSION_GROUPS } from '../../../../../shared/sessions/session-state';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';

export interface SessionListState {
  /** Every known session, archived included, newest first; null until the first answer. */
  views: readonly SessionView[] | null;
  error: UiError | null;
  reload: () => void;
}

/**
 * The tracked sessions: one `sessions:list` (all groups), then every `sessions:changed` push
 * replaces the list. Subscribes before asking, and a push that lands first wins over the
 * (older) answer.
 */
export function useSessionList(): SessionListState {
  const t = useT();
  const [views, setViews] = useState<readonly SessionView[] | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    let pushed = false;
    const off = bridge.on('sessions:changed', (next) => {
      pushed = true;
      setViews(next);
      setError(null);
    });
    bridge.sessions
      .list({ groups: [...SESSION_GROUPS] })
      .then((list) => {
        if (!live || pushed) return;
        setViews(list);
        setError(null);
      })
      .catch((err: unknown) => {
        if (live && !pushed) setError(toUiError(err, t));
      });
    return () => {
      live = false;
      off();
    };
  }, [attempt, t]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { views, error, reload };
}
