import { useCallback, useEffect, useState } from 'react';
import type { RecentRepo } from '../../../../../shared/ipc/channels/handoff';
import { getBridge } from '../../../bridge';

/**
 * Recently opened repositories (best effort: a failure shows none) and a way to forget one.
 * Read again whenever `visible` turns true (the start panel shows), so a folder just opened is there.
 */
export function useRecentRepos(visible: boolean): [RecentRepo[], (path: string) => void] {
  const [list, setList] = useState<RecentRepo[]>([]);
  useEffect(() => {
    if (!visible) return;
    let live = true;
    getBridge()
      .handoff.recent()
      .then((r) => live && setList(r))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [visible]);
  const forget = useCallback((path: string) => {
    setList((l) => l.filter((r) => r.path !== path));
    getBridge()
      .handoff.forgetRecent({ path })
      .then(setList)
      .catch(() => undefined);
  }, []);
  return [list, forget];
}
