import type { HandoffChannelName } from '../../../shared/ipc/channels/handoff';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import { createHandoffService, type HandoffService, type HandoffServiceDeps } from '../../handoff/handoff-service';
import type { RecentRepo, RecentRepoView } from '../../../shared/ipc/channels/handoff';
import { handleKindOf, type HandleKind, type PathHandles } from '../../security/path-handles';
import type { Handlers } from '../router';

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface HandoffHandlerDeps extends Omit<HandoffServiceDeps, 'onProgress'> {
  emit: Emit;
  handles: PathHandles;
}

/** Handles a folder to hand off may come as: main's own (`repo`), a dropped or chosen folder, a dropped file (not a folder: refused later). */
const INSPECTABLE: readonly HandleKind[] = ['repo', 'folder', 'file'];

/**
 * Handoff channels over a HandoffService; progress goes out as `handoff:progress`. The page names
 * folders by the handles main issued to it (security/path-handles.ts): a dialog's choice, a drop,
 * a Recent entry, a typed path main resolved (`handoff:openPath`), a link's folder
 * (`desktop:takeNavigation`). A path in place of a handle, another page's handle or an expired one
 * is refused with VALIDATION before any git runs.
 */
export function handoffHandlers(service: HandoffService, handles: PathHandles): Pick<Handlers, HandoffChannelName> {
  const folderOf = (sender: string, handle: string) => {
    const kind = handleKindOf(handle);
    return handles.resolve(sender, kind && INSPECTABLE.includes(kind) ? kind : 'repo', handle, 'handle');
  };
  const withHandles = (sender: string, list: RecentRepo[]): RecentRepoView[] => list.map((r) => ({ ...r, handle: handles.issue(sender, 'repo', r.path) }));
  return {
    'handoff:inspect': ({ handle, ticket, includeUnpushed }, ctx) =>
      service.inspect({ path: folderOf(ctx.senderId ?? '', handle), ticket, ...(includeUnpushed !== undefined ? { includeUnpushed } : {}) }),
    'handoff:openPath': async ({ path }, ctx) => {
      const folder = await service.resolveTyped(path);
      return { handle: handles.issue(ctx.senderId ?? '', 'repo', folder), path: folder };
    },
    'handoff:cancel': ({ ticket }) => service.cancel(ticket),
    'handoff:compose': (req) => service.compose(req),
    'handoff:send': (req) => service.send(req),
    'handoff:discard': ({ inspectionId }) => service.discard(inspectionId),
    'handoff:chooseFolder': async (_req, ctx) => {
      const path = await service.chooseFolder();
      return path === null ? null : { handle: handles.issue(ctx.senderId ?? '', 'repo', path), path };
    },
    'handoff:recent': async (_req, ctx) => withHandles(ctx.senderId ?? '', await service.recent()),
    'handoff:forgetRecent': async ({ handle }, ctx) => {
      const path = handles.resolve(ctx.senderId ?? '', 'repo', handle, 'handle');
      return withHandles(ctx.senderId ?? '', await service.forgetRecent(path));
    },
  };
}

/** Builds the service and its handlers (what core.ts spreads into its handler table). */
export function createHandoffHandlers({ emit, handles, ...deps }: HandoffHandlerDeps): Pick<Handlers, HandoffChannelName> {
  return handoffHandlers(createHandoffService({ ...deps, onProgress: (e) => emit('handoff:progress', e) }), handles);
}
