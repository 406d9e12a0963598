import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SessionMessage } from '../../../../../shared/domain/session-message';
import { getBridge } from '../../../bridge';
import { useT } from '../../../i18n/context';
import { toUiError, type UiError } from '../../../ui/ui-error';
import { makeEcho, withEchoes } from '../model/echoes';
import { mergeMessages } from '../model/merge-messages';

export interface SessionMessagesState {
  /** The conversation, with replies sent from here shown until main reports them. */
  messages: readonly SessionMessage[];
  loading: boolean;
  error: UiError | null;
  /** Shows a reply that was just sent (main reports it on its next message fetch). */
  echo: (text: string) => void;
}

interface Loaded {
  sessionId: string;
  messages: readonly SessionMessage[];
  echoes: readonly SessionMessage[];
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
  const [state, setState] = useState<Loaded>({ sessionId, messages: [], echoes: [], loading: true, error: null });
  const echoCount = useRef(0);

  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    const update = (f: (prev: Loaded) => Loaded) =>
      setState((prev) => f(prev.sessionId === sessionId ? prev : { sessionId, messages: [], echoes: [], loading: true, error: null }));
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

  const echo = useCallback(
    (text: string) => {
      echoCount.current += 1;
      const m = makeEcho(echoCount.current, text, Date.now());
      setState((prev) => (prev.sessionId === sessionId ? { ...prev, echoes: [...prev.echoes, m] } : prev));
    },
    [sessionId],
  );
  const current = state.sessionId === sessionId;
  const messages = useMemo(() => (current ? withEchoes(state.messages, state.echoes) : []), [current, state.messages, state.echoes]);

  // A different session than the state holds: show a fresh, loading conversation, never the old one.
  if (!current) return { messages, loading: true, error: null, echo };
  return { messages, loading: state.loading, error: state.error, echo };
}
