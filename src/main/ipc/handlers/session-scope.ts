import { AppError } from '../../../shared/errors';
import type { SessionScopeChannelName } from '../../../shared/ipc/channels/session-scope';
import type { SessionScope } from '../../sessions/session-scope';
import type { SessionsService } from '../../sessions/sessions-service';
import type { Handlers } from '../router';

export interface SessionScopeHandlerDeps {
  scope: SessionScope;
  sessions: SessionsService;
  /** Switches the account's org (the org picker's path: checked, saved, tracker swapped). */
  chooseOrg: (orgId: string, orgName: string | undefined) => Promise<unknown>;
}

/** The sessions list's scope (All organisations / one org) and create-in-an-org. */
export function createSessionScopeHandlers(deps: SessionScopeHandlerDeps): Pick<Handlers, SessionScopeChannelName> {
  return {
    'sessionScope:get': () => deps.scope.view(),
    'sessionScope:set': async (req) => {
      if (req.scope === 'all') {
        await deps.scope.setScope('all');
        return deps.scope.view();
      }
      if (req.orgId !== deps.scope.view().orgId) await deps.chooseOrg(req.orgId, deps.scope.orgName(req.orgId) ?? undefined);
      await deps.scope.setScope('org');
      return deps.scope.view();
    },
    'sessionScope:setCreateOrg': async ({ orgId }) => {
      // Only an org of this enterprise key, and only where there is a choice (All organisations).
      const view = deps.scope.view();
      if (!deps.scope.isAll() || !view.orgs.some((o) => o.orgId === orgId)) {
        throw new AppError('INVALID_INPUT', 'Choose one of the enterprise\'s organizations in "All organisations"', {}, { detail: 'organization' });
      }
      await deps.scope.rememberCreateOrg(orgId);
      return deps.scope.view();
    },
    'sessionScope:create': async ({ orgId, body }) => {
      // Outside the All-organisations scope the tracker creates in the account's org only.
      if (!deps.scope.isAll() && orgId !== deps.scope.view().orgId) {
        throw new AppError('INVALID_INPUT', 'Switch to "All organisations" to create a session in another organization', {}, { detail: 'organization' });
      }
      const created = await deps.sessions.create(body, orgId);
      await deps.scope.rememberCreateOrg(orgId);
      return { sessionId: created.sessionId, url: created.url };
    },
  };
}
