import { useCallback, useEffect, useState } from 'react';
import type { RecentRepo } from '../../../../../shared/ipc/channels/handoff';
import { getBridge } from '../../../bridge';

/** Recently opened repositories (best effort: a failure shows none) and a way to forget one. */
export function useRecentRepos(): [RecentRepo[], (path: string) => void] {
  const [list, setList] = useState<RecentRepo[]>([]);
  useEffect(() => {
    let live = true;
    getBridge()
      .handoff.recent()
      .then((r) => live && setList(r))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const forget = useCallback((path: string) => {
    setList((l) => l.filter((r) => r.path !== path));
    getBridge()
      .handoff.forgetRecent({ path })
      .then(setList)
      .catch(() => undefined);
  }, []);
  return [list, forget];
}
