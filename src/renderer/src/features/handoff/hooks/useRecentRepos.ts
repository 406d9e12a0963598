import { useCallback, useEffect, useState } from 'react';
import type { RecentRepoView } from '../../../../../shared/ipc/channels/handoff';
import { getBridge } from '../../../bridge';

/**
 * Recently opened repositories (best effort: a failure shows none) and a way to forget one.
 * Read again whenever `visible` turns true (the start panel shows), so a folder just opened is there.
 */
export function useRecentRepos(visible: boolean): [RecentRepoView[], (entry: RecentRepoView) => void] {
  const [list, setList] = useState<RecentRepoView[]>([]);
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
  const forget = useCallback((entry: RecentRepoView) => {
    setList((l) => l.filter((r) => r.path !== entry.path));
    getBridge()
      .handoff.forgetRecent({ handle: entry.handle })
      .then(setList)
      .catch(() => undefined);
  }, []);
  return [list, forget];
}
