import { useEffect, useState } from 'react';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { getBridge } from './bridge';
import type { Bridge } from '../../shared/ipc/bridge';

/**
 * A value main owns: read once (`read`), then follow its `event` pushes. A push that arrives before
 * the read answers wins (the read may be older); a failed read leaves `initial` until a push.
 * `read` and `event` are taken once, on mount. The setter takes a value main answered with (an action's result).
 */
export function useMainValue<E extends EventName, I>(event: E, read: (bridge: Bridge) => Promise<EventPayload<E>>, initial: I): [EventPayload<E> | I, (next: EventPayload<E>) => void] {
  const [view, setView] = useState<EventPayload<E> | I>(initial);
  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    let pushed = false;
    const off = bridge.on(event, (v) => {
      pushed = true;
      setView(v);
    });
    read(bridge)
      .then((v) => {
        if (live && !pushed) setView(v);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once on mount, as documented
  }, []);
  return [view, setView];
}
