import type { CheckoutChannelName } from '../../../shared/ipc/channels/checkout';
import type { CheckoutService } from '../../checkout/checkout-service';
import type { Handlers } from '../router';

/**
 * The checkout channels over a CheckoutService. The renderer names a repository only by the key
 * a status gave it; the service looks the folder up again in its own lists.
 */
export function checkoutHandlers(service: CheckoutService): Pick<Handlers, CheckoutChannelName> {
  const target = (req: { sessionId: string; prUrl: string; repoKey: string }) => ({ sessionId: req.sessionId, prUrl: req.prUrl, repo: { key: req.repoKey } });
  return {
    'checkout:status': ({ sessionId }) => service.status(sessionId),
    'checkout:start': async (req) => {
      const result = await service.checkout(target(req));
      return { outcome: result.outcome, pr: await service.prView(req.sessionId, req.prUrl) };
    },
    'checkout:update': async (req) => {
      const result = await service.update(target(req));
      return { outcome: result.outcome, pr: await service.prView(req.sessionId, req.prUrl) };
    },
    'checkout:remove': async (req) => {
      await service.remove({ ...target(req), token: req.token });
      return service.prView(req.sessionId, req.prUrl);
    },
    'checkout:show': (req) => service.show({ ...target(req), how: req.how }),
  };
}
