import { useEffect, useState } from 'react';
import type { TrackerStatus } from '../../../../../shared/sessions/tracker-status';
import { getBridge } from '../../../bridge';

/** What the session tracker is doing (`sessions:trackerStatus`, then its pushes); null until known. */
export function useTrackerStatus(): TrackerStatus | null {
  const [status, setStatus] = useState<TrackerStatus | null>(null);
  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    let pushed = false;
    const off = bridge.on('sessions:trackerStatus', (s) => {
      pushed = true;
      setStatus(s);
    });
    bridge.sessions
      .trackerStatus()
      .then((s) => {
        if (live && !pushed) setStatus(s);
      })
      // The banner is a hint; the list shows real failures.
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, []);
  return status;
}
