import { useCallback, useEffect, useRef, useState } from 'react';
import { getBridge } from '../../../bridge';

/**
 * The list's refresh (button, `R`): one `sessions:refresh` at a time (main also joins a poll
 * already running instead of starting another). A failure shows up as the next tracker status.
 */
export function useRefresh(): { refreshing: boolean; refresh: () => void } {
  const [refreshing, setRefreshing] = useState(false);
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const refresh = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setRefreshing(true);
    void getBridge()
      .sessions.refresh()
      .catch(() => undefined)
      .finally(() => {
        running.current = false;
        if (mounted.current) setRefreshing(false);
      });
  }, []);
  return { refreshing, refresh };
}
