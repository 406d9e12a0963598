import type { UsageChannelName } from '../../../shared/ipc/channels/usage';
import { normalizeSessionId } from '../../../shared/domain/session-id';
import type { UsageService } from '../../usage/usage-service';
import type { Handlers } from '../router';

/** Usage channels: each a call into the usage service. */
export function usageHandlers(service: UsageService): Pick<Handlers, UsageChannelName> {
  return {
    'usage:report': ({ days, fresh }) => service.report(days, { fresh: fresh === true }),
    'usage:session': ({ sessionId }) => service.sessionUsage(normalizeSessionId(sessionId)),
    'usage:today': () => service.today(),
    'usage:settings': () => service.settings(),
    'usage:setSettings': (patch) => service.updateSettings(patch),
  };
}
