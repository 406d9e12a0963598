import type { HandoffChannelName } from '../../../shared/ipc/channels/handoff';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import { createHandoffService, type HandoffService, type HandoffServiceDeps } from '../../handoff/handoff-service';
import type { Handlers } from '../router';

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface HandoffHandlerDeps extends Omit<HandoffServiceDeps, 'onProgress'> {
  emit: Emit;
}

/** Handoff channels over a HandoffService; progress goes out as `handoff:progress`. */
export function handoffHandlers(service: HandoffService): Pick<Handlers, HandoffChannelName> {
  return {
    'handoff:inspect': (req) => service.inspect(req),
    'handoff:cancel': ({ ticket }) => service.cancel(ticket),
    'handoff:compose': (req) => service.compose(req),
    'handoff:send': (req) => service.send(req),
    'handoff:discard': ({ inspectionId }) => service.discard(inspectionId),
    'handoff:chooseFolder': () => service.chooseFolder(),
    'handoff:recent': () => service.recent(),
    'handoff:forgetRecent': ({ path }) => service.forgetRecent(path),
  };
}

/** Builds the service and its handlers (what core.ts spreads into its handler table). */
export function createHandoffHandlers({ emit, ...deps }: HandoffHandlerDeps): Pick<Handlers, HandoffChannelName> {
  return handoffHandlers(createHandoffService({ ...deps, onProgress: (e) => emit('handoff:progress', e) }));
}
