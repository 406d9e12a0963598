import type { UpdateChannelName } from '../../../shared/ipc/channels/update';
import type { UpdateService } from '../../update/update-service';
import type { Handlers } from '../router';

/** Settings › Updates: the status, "Check now" and "Restart to update". */
export function updateHandlers(updates: UpdateService): Pick<Handlers, UpdateChannelName> {
  return {
    'update:status': () => updates.view(),
    'update:check': () => updates.checkNow(),
    'update:restart': () => updates.restartToUpdate(),
  };
}
