import type { Attachment } from '../../shared/domain/attachment';
import { normalizeSessionId } from '../../shared/domain/session-id';
import type { DevinClient } from '../api/client';
import type { SessionTagsApi } from '../api/session-tags';
import type { SessionInsightsApi } from '../api/session-insights';
import type { UsageApi } from '../api/usage';

export interface SessionRoutesDeps {
  /** The client (bound to its org) of the account that owns `sessionId` (#16); the current account's without one. */
  client: (sessionId?: string) => DevinClient;
  /** The session (or, without one, the list) is in the All-organisations scope: seen through the enterprise routes. */
  enterpriseScope: (sessionId?: string) => boolean;
  /** The org a known session lives in (from its view), or null. */
  orgOf: (sessionId: string) => string | null;
}

/**
 * Which routes a per-session call outside the tracker takes (tags, insights, attachments, downloads). In the
 * All-organisations scope: the enterprise routes where the contract has them (tags, insights,
 * the attachment list), with the session's org as `org_id`; the session's own org route otherwise
 * (the attachment download, `GET …/organizations/{org}/attachments/{uuid}/{name}`). In an org
 * scope: the org routes, of the session's org when known.
 */
export function createSessionRoutes(deps: SessionRoutesDeps) {
  /** Which org each listed attachment belongs to: its download route is that org's. */
  const attachmentOrg = new Map<string, string>();
  const orgClient = (sessionId: string): DevinClient => {
    const client = deps.client(sessionId);
    const org = deps.orgOf(normalizeSessionId(sessionId));
    return org && org !== client.orgId ? client.withOrg(org) : client;
  };
  const hint = (sessionId: string) => ({ orgId: deps.orgOf(normalizeSessionId(sessionId)) });

  const tags: SessionTagsApi = {
    get: (id, opts = {}) => (deps.enterpriseScope(id) ? deps.client(id).enterprise.sessions.tags.get(id, { ...opts, ...hint(id) }) : orgClient(id).sessions.tags.get(id, opts)),
    append: (id, list, opts = {}) =>
      deps.enterpriseScope(id) ? deps.client(id).enterprise.sessions.tags.append(id, list, { ...opts, ...hint(id) }) : orgClient(id).sessions.tags.append(id, list, opts),
    replace: (id, list, opts = {}) =>
      deps.enterpriseScope(id) ? deps.client(id).enterprise.sessions.tags.replace(id, list, { ...opts, ...hint(id) }) : orgClient(id).sessions.tags.replace(id, list, opts),
  };

  /** Insights: get and generate per session routed like tags; the list stays the account org's. */
  const insights = (): SessionInsightsApi => {
    const base = deps.client().sessions.insights;
    return {
      ...base,
      get: (id, opts = {}) => (deps.enterpriseScope(id) ? deps.client(id).enterprise.sessions.insights.get(id, { ...opts, ...hint(id) }) : orgClient(id).sessions.insights.get(id, opts)),
      generate: (id, opts = {}) =>
        deps.enterpriseScope(id) ? deps.client(id).enterprise.sessions.insights.generate(id, { ...opts, ...hint(id) }) : orgClient(id).sessions.insights.generate(id, opts),
    };
  };

  /** Usage with one session's daily ACUs read in that session's org (the org routes; the enterprise key reaches both). */
  const usage = (base: UsageApi): UsageApi => ({
    ...base,
    sessionConsumptionDaily: (id, w, opts) => orgClient(id).usage.sessionConsumptionDaily(id, w, opts),
  });

  return {
    tags,
    insights,
    usage,
    async attachments(sessionId: string): Promise<Attachment[]> {
      const items = deps.enterpriseScope(sessionId)
        ? await deps.client(sessionId).enterprise.sessions.attachments(sessionId, hint(sessionId))
        : await orgClient(sessionId).sessions.attachments(sessionId);
      const org = deps.orgOf(normalizeSessionId(sessionId));
      if (org) for (const a of items) attachmentOrg.set(a.attachment_id, org);
      return items;
    },
    /**
     * The download route of the attachment's org (the account's when it was never listed here), on
     * the API origin of the account that owns the session.
     */
    downloadUrl(a: { attachment_id: string; name: string }, sessionId?: string): string {
      const client = deps.client(sessionId);
      const org = attachmentOrg.get(a.attachment_id);
      return (org && org !== client.orgId ? client.withOrg(org) : client).attachmentDownloadUrl(a);
    },
  };
}

export type SessionRoutes = ReturnType<typeof createSessionRoutes>;
