import type { Session } from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { AppError } from '../../shared/errors';
import type { EnterpriseSessionsApi } from '../api/enterprise-sessions';
import type { SessionSource } from './session-source';
import type { SessionsPort } from './sessions-port';

/** The tracker state id (file `sessions-all-orgs.json`) of the All-organisations source. */
export const ALL_ORGS_STATE_ID = 'all-orgs';

export interface EnterpriseSessionSourceDeps {
  /** Make it with `retry: { maxRetries: 0 }` (see SessionsPort). */
  enterprise: Pick<EnterpriseSessionsApi, 'list' | 'get' | 'messages' | 'sendMessage'>;
  /** The org routes of one org (archive, terminate, create, a message with attachments). */
  org: (orgId: string) => SessionsPort;
  /** Where a create goes when the caller names no org (the org last used, else the account's). */
  defaultCreateOrg: () => string | null;
}

/**
 * The "All organisations" source of an enterprise key. Listing is one request per poll whatever
 * the number of orgs: `GET /v3/enterprise/sessions?updated_after=…` (each session names its
 * `org_id`), the same change detection as the org route. Per session:
 * - enterprise routes where the contract has them: get (the list with `session_ids`), messages,
 *   send (without attachments: the enterprise body has no `attachment_urls`);
 * - the session's own org route otherwise: archive, terminate, a message with attachments, create.
 * The org of each session is remembered from what the list answered; an unknown one is read once.
 */
export function enterpriseSessionSource(deps: EnterpriseSessionSourceDeps): SessionSource {
  const orgOf = new Map<string, string>();
  const remember = (s: Session): Session => {
    if (s.org_id) orgOf.set(normalizeSessionId(s.session_id), s.org_id);
    return s;
  };
  const knownOrg = (id: string): string | null => orgOf.get(normalizeSessionId(id)) ?? null;
  const resolveOrg = async (id: string): Promise<string> => {
    const known = knownOrg(id);
    if (known) return known;
    const s = remember(await deps.enterprise.get(id));
    if (!s.org_id) throw new AppError('ORG_REQUIRED', `The API did not say which organization session ${id} belongs to`);
    return s.org_id;
  };

  return {
    async list(params, opts) {
      const page = await deps.enterprise.list(params, opts);
      page.items.forEach(remember);
      return page;
    },
    async get(id, opts) {
      return remember(await deps.enterprise.get(id, opts));
    },
    messages: (id, params, opts) => deps.enterprise.messages(id, params, { ...opts, orgId: knownOrg(id) }),
    async sendMessage(id, body, opts) {
      if (body.attachment_urls && body.attachment_urls.length > 0) return deps.org(await resolveOrg(id)).sendMessage(id, body, opts);
      return deps.enterprise.sendMessage(id, { message: body.message, message_as_user_id: body.message_as_user_id ?? null }, { ...opts, orgId: knownOrg(id) });
    },
    archive: async (id, opts) => deps.org(await resolveOrg(id)).archive(id, opts),
    terminate: async (id, params, opts) => deps.org(await resolveOrg(id)).terminate(id, params, opts),
    async create(body, target) {
      const orgId = target?.orgId ?? deps.defaultCreateOrg();
      if (!orgId) throw new AppError('ORG_REQUIRED', 'Choose the organization the new session goes to');
      const created = await deps.org(orgId).create(body);
      orgOf.set(normalizeSessionId(created.session_id), orgId);
      return created;
    },
  };
}
