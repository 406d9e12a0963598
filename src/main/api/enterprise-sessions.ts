import { attachmentListSchema, type Attachment } from '../../shared/domain/attachment';
import { pageSchema, type CursorParams, type Page } from '../../shared/domain/page';
import { sessionSchema, type Session, type SessionListFilters, type SessionListParams } from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { sessionMessageSchema, type SessionMessage } from '../../shared/domain/session-message';
import { sessionTagsSchema } from '../../shared/domain/session-tags';
import { insightsGenerateSchema, sessionInsightsSchema, type InsightsGenerateResult, type SessionInsights } from '../../shared/domain/session-insights';
import { ApiError } from './api-error';
import { seg, type CallOptions } from './context';
import { collectCursorPages, cursorPages, DEFAULT_MAX_PAGES, type ListAllOptions, type ListAllResult } from './pagination';
import type { QueryInput } from './query';
import { sessionAnswerSchema, sessionListQuery } from './sessions';
import type { SessionAnswer } from './session-reconcile';
import type { Transport } from './transport';

/**
 * Per-session calls of the enterprise routes take the session's org as a hint: the contract
 * documents an optional `org_id` query parameter on each (what it changes is not stated; the
 * app sends it when it knows the org, which narrows the lookup to where the session lives).
 */
export interface EnterpriseCallOptions extends CallOptions {
  orgId?: string | null;
}

/** The enterprise message body: no `attachment_urls` on this route (the org route has them). */
export interface EnterpriseMessageRequest {
  message: string;
  message_as_user_id?: string | null;
}

const BASE = '/v3/enterprise/sessions';
const sessionPage = pageSchema(sessionSchema);
const messagePage = pageSchema(sessionMessageSchema);
const insightsPage = pageSchema(sessionInsightsSchema);

function one(id: string): string {
  return `${BASE}/${seg(normalizeSessionId(id))}`;
}

function orgQuery(opts: EnterpriseCallOptions): QueryInput {
  return { org_id: opts.orgId ?? undefined };
}

/**
 * Sessions across every organization of an enterprise key (`enterprise.sessions.*`, permission
 * ViewAccountSessions to read, ManageAccountSessions to send). The list takes the org route's
 * filters; `org_ids`, named on an older beta page, is not in the v3 contract and is never sent
 * (filter by org on the answer's `org_id`). There is no enterprise get, archive, terminate or
 * download route: those go through the session's own org.
 */
export function enterpriseSessionsApi(t: Transport) {
  const api = {
    /** One page of sessions from every org; each carries its `org_id`. */
    async list(params: SessionListParams = {}, opts: CallOptions = {}): Promise<Page<Session>> {
      return t.request({ method: 'GET', path: BASE, query: sessionListQuery(params), schema: sessionPage, retry: 'read', signal: opts.signal });
    },

    pages(filters: SessionListFilters = {}, opts: ListAllOptions & { first?: number } = {}) {
      return cursorPages((after) => api.list({ ...filters, first: opts.first, after }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
    },

    async listAll(filters: SessionListFilters = {}, opts: ListAllOptions & { first?: number } = {}): Promise<ListAllResult<Session>> {
      return collectCursorPages((after) => api.list({ ...filters, first: opts.first, after }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
    },

    /**
     * One session by id through the list (`session_ids=…&first=1`): the contract has no enterprise
     * get. The list fills every get/list field. NOT_FOUND when no org of the key has it.
     */
    async get(id: string, opts: CallOptions = {}): Promise<Session> {
      const sid = normalizeSessionId(id);
      const page = await api.list({ session_ids: [sid], first: 1 }, opts);
      const found = page.items.find((s) => normalizeSessionId(s.session_id) === sid);
      if (!found) throw new ApiError('NOT_FOUND', `Session ${sid} not found in any organization of this key`, { status: 404, method: 'GET', path: BASE });
      return found;
    },

    async messages(id: string, params: CursorParams = {}, opts: EnterpriseCallOptions = {}): Promise<Page<SessionMessage>> {
      return t.request({
        method: 'GET',
        path: `${one(id)}/messages`,
        query: { first: params.first, after: params.after, ...orgQuery(opts) },
        schema: messagePage,
        retry: 'read',
        signal: opts.signal,
      });
    },

    /** Sends a message (resumes a suspended session). The answer is partial, like the org route's. */
    async sendMessage(id: string, body: EnterpriseMessageRequest, opts: EnterpriseCallOptions = {}): Promise<SessionAnswer> {
      const json: EnterpriseMessageRequest = { message: body.message, ...(body.message_as_user_id ? { message_as_user_id: body.message_as_user_id } : {}) };
      return t.request({ method: 'POST', path: `${one(id)}/messages`, query: orgQuery(opts), json, schema: sessionAnswerSchema, retry: 'write', signal: opts.signal });
    },

    async attachments(id: string, opts: EnterpriseCallOptions = {}): Promise<Attachment[]> {
      return t.request({ method: 'GET', path: `${one(id)}/attachments`, query: orgQuery(opts), schema: attachmentListSchema, retry: 'read', signal: opts.signal });
    },

    /**
     * Insights: the list (`GET /v3/enterprise/sessions/insights`, the session list's filters), a
     * session's (`GET …/{id}/insights`) and a generation (`POST …/{id}/insights/generate`).
     */
    insights: {
      async list(params: SessionListParams = {}, opts: CallOptions = {}): Promise<Page<SessionInsights>> {
        return t.request({ method: 'GET', path: `${BASE}/insights`, query: sessionListQuery(params), schema: insightsPage, retry: 'read', signal: opts.signal });
      },
      pages(filters: SessionListFilters = {}, opts: ListAllOptions & { first?: number } = {}) {
        return cursorPages((after) => api.insights.list({ ...filters, first: opts.first, after }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
      },
      async get(id: string, opts: EnterpriseCallOptions = {}): Promise<SessionInsights> {
        return t.request({ method: 'GET', path: `${one(id)}/insights`, query: orgQuery(opts), schema: sessionInsightsSchema, retry: 'read', signal: opts.signal });
      },
      async generate(id: string, opts: EnterpriseCallOptions = {}): Promise<InsightsGenerateResult> {
        return t.request({ method: 'POST', path: `${one(id)}/insights/generate`, query: orgQuery(opts), schema: insightsGenerateSchema, retry: 'read', signal: opts.signal });
      },
    },

    /** Tags, same shape as the org routes' (`SessionTagsApi`); append and replace are idempotent. */
    tags: {
      async get(id: string, opts: EnterpriseCallOptions = {}): Promise<string[]> {
        return (await t.request({ method: 'GET', path: `${one(id)}/tags`, query: orgQuery(opts), schema: sessionTagsSchema, retry: 'read', signal: opts.signal })).tags;
      },
      async append(id: string, tags: readonly string[], opts: EnterpriseCallOptions = {}): Promise<string[]> {
        const r = await t.request({ method: 'POST', path: `${one(id)}/tags`, query: orgQuery(opts), json: { tags: [...tags] }, schema: sessionTagsSchema, retry: 'read', signal: opts.signal });
        return r.tags;
      },
      async replace(id: string, tags: readonly string[], opts: EnterpriseCallOptions = {}): Promise<string[]> {
        const r = await t.request({ method: 'PUT', path: `${one(id)}/tags`, query: orgQuery(opts), json: { tags: [...tags] }, schema: sessionTagsSchema, retry: 'read', signal: opts.signal });
        return r.tags;
      },
    },
  };
  return api;
}

export type EnterpriseSessionsApi = ReturnType<typeof enterpriseSessionsApi>;
