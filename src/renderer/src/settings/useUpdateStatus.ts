import type { UpdateView } from '../../../shared/update/update-view';
import { useMainValue } from '../useMainValue';

/** Main's update status (`update:status`, then `update:changed` pushes); null until known. */
export function useUpdateStatus(): UpdateView | null {
  return useMainValue('update:changed', (bridge) => bridge.update.status(), null)[0];
}
