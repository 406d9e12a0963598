import type { SessionsChannelName } from '../../../shared/ipc/channels/sessions';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import type { SessionsService } from '../../sessions/sessions-service';
import type { Handlers } from '../router';

export interface SessionsHandlerDeps {
  service: SessionsService;
}

/** Sessions channels: each one call into the sessions service. */
export function createSessionsHandlers({ service }: SessionsHandlerDeps): Pick<Handlers, SessionsChannelName> {
  return {
    'sessions:list': (filter) => service.list(filter),
    'sessions:get': ({ sessionId }) => service.get(sessionId),
    'sessions:messages': ({ sessionId }) => service.messages(sessionId),
    'sessions:watchMessages': ({ sessionId }) => service.watchMessages(sessionId),
    'sessions:unwatchMessages': ({ sessionId }) => service.unwatchMessages(sessionId),
    'sessions:send': ({ sessionId, message, attachmentUrls }) => service.send(sessionId, message, attachmentUrls),
    'sessions:archive': ({ sessionId }) => service.archive(sessionId),
    'sessions:terminate': ({ sessionId }) => service.terminate(sessionId),
    'sessions:create': (body) => service.create(body),
    'sessions:watch': ({ sessionId }) => service.watch(sessionId),
    'sessions:unwatch': ({ sessionId }) => service.unwatch(sessionId),
    'sessions:trackerStatus': () => service.trackerStatus(),
    'sessions:refresh': () => service.syncNow(),
    'sessions:notificationSettings': () => service.notificationSettings(),
    'sessions:setNotificationSettings': (patch) => service.updateNotificationSettings(patch),
  };
}

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Forwards the service's events to the renderer's push channels; returns the unsubscribe
 * function. Notifications and authLost are for main (native notifications, sign-in prompt),
 * not for the renderer.
 */
export function forwardSessionsEvents(service: SessionsService, emit: Emit): () => void {
  const offs = [
    service.on('sessionsChanged', (views) => emit('sessions:changed', views)),
    service.on('messages', (m) => emit('sessions:messages', m)),
    service.on('status', (s) => emit('sessions:trackerStatus', s)),
    service.on('open', (o) => emit('sessions:open', o)),
  ];
  return () => {
    for (const off of offs) off();
  };
}
