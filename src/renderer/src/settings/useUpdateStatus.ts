import { useEffect, useState } from 'react';
import type { UpdateView } from '../../../shared/update/update-view';
import { getBridge } from '../bridge';

/** Main's update status (`update:status`, then `update:changed` pushes); null until known. */
export function useUpdateStatus(): UpdateView | null {
  const [view, setView] = useState<UpdateView | null>(null);
  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    let pushed = false;
    const off = bridge.on('update:changed', (v) => {
      pushed = true;
      setView(v);
    });
    bridge.update
      .status()
      .then((v) => {
        if (live && !pushed) setView(v);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, []);
  return view;
}
