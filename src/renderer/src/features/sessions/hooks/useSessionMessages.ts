import { useEffect, useState } from 'react';
import type { SessionMessage } from '../../../../../shared/domain/session-message';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';
import { mergeMessages } from '../model/merge-messages';

export interface SessionMessagesState {
  messages: readonly SessionMessage[];
  loading: boolean;
  error: UiError | null;
}

interface Loaded {
  sessionId: string;
  messages: readonly SessionMessage[];
  loading: boolean;
  error: UiError | null;
}

/**
 * A session's conversation while a view shows it: `sessions:watchMessages` on open (main then
 * polls it and pushes `sessions:messages`), `sessions:unwatchMessages` on close. Pushes that
 * arrive before the first answer are kept and merged.
 */
export function useSessionMessages(sessionId: string): SessionMessagesState {
  const t = useT();
  const [state, setState] = useState<Loaded>({ sessionId, messages: [], loading: true, error: null });

  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    const update = (f: (prev: Loaded) => Loaded) =>
      setState((prev) => f(prev.sessionId === sessionId ? prev : { sessionId, messages: [], loading: true, error: null }));
    const off = bridge.on('sessions:messages', (e) => {
      if (e.sessionId !== sessionId) return;
      update((prev) => ({ ...prev, messages: mergeMessages(prev.messages, e.added) }));
    });
    bridge.sessions
      .watchMessages({ sessionId })
      .then((list) => {
        if (live) update((prev) => ({ ...prev, messages: mergeMessages(list, prev.messages), loading: false, error: null }));
      })
      .catch((err: unknown) => {
        if (live) update((prev) => ({ ...prev, loading: false, error: toUiError(err, t) }));
      });
    return () => {
      live = false;
      off();
      // Nothing is left on screen to tell; main also drops the watch when the tracker stops.
      void bridge.sessions.unwatchMessages({ sessionId }).catch(() => undefined);
    };
  }, [sessionId, t]);

  // A different session than the state holds: show a fresh, loading conversation, never the old one.
  if (state.sessionId !== sessionId) return { messages: [], loading: true, error: null };
  return { messages: state.messages, loading: state.loading, error: state.error };
}
