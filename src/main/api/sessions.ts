import { z } from 'zod';
import { attachmentListSchema, type Attachment } from '../../shared/domain/attachment';
import { pageSchema, type CursorParams, type Page } from '../../shared/domain/page';
import {
  createdSessionSchema,
  sessionSchema,
  type CreatedSession,
  type Session,
  type SessionCreateRequest,
  type SessionListFilters,
  type SessionListParams,
  type SessionMessageCreateRequest,
} from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { sessionMessageSchema, type SessionMessage } from '../../shared/domain/session-message';
import { ApiError } from './api-error';
import { seg, type ApiContext, type CallOptions } from './context';
import { collectCursorPages, cursorPages, DEFAULT_MAX_PAGES, type ListAllOptions, type ListAllResult } from './pagination';
import type { QueryInput } from './query';
import { CLOCK_SKEW_SEC, canReconcile, mayHaveCreated, pickRecentlyCreated, type SessionAnswer } from './session-reconcile';
import { sessionInsightsApi } from './session-insights';
import { sessionTagsApi } from './session-tags';
import { withholdInError } from './withhold-values';

const sessionPage = pageSchema(sessionSchema);

/**
 * An action's answer (send message, archive, terminate): validated and normalised like a
 * session, but keeping only the fields it carried, so a merge can tell "absent" from "null".
 */
export const sessionAnswerSchema: z.ZodType<SessionAnswer> = z.record(z.string(), z.unknown()).transform((raw, ctx) => {
  const parsed = sessionSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  }
  const carried: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.data)) if (raw[key] !== undefined) carried[key] = value;
  return carried as SessionAnswer;
});
const messagePage = pageSchema(sessionMessageSchema);

/** Maps list parameters to the query, normalising session ids. */
export function sessionListQuery(p: SessionListParams): QueryInput {
  return {
    first: p.first,
    after: p.after,
    session_ids: p.session_ids?.map(normalizeSessionId),
    created_after: p.created_after,
    created_before: p.created_before,
    updated_after: p.updated_after,
    updated_before: p.updated_before,
    tags: p.tags,
    playbook_id: p.playbook_id,
    schedule_id: p.schedule_id,
    origins: p.origins,
    user_ids: p.user_ids,
    service_user_ids: p.service_user_ids,
    repo_names: p.repo_names,
    is_archived: p.is_archived,
    category: p.category,
  };
}

/** Session endpoints of one organization (§4). Ids with or without `devin-` are accepted. */
export function sessionsApi(ctx: ApiContext) {
  const t = ctx.transport;
  const base = () => `${ctx.orgPath()}/sessions`;
  const one = (id: string) => `${base()}/${seg(normalizeSessionId(id))}`;

  const api = {
    /**
     * Creates a session. Never retried: on an error after which the session may exist anyway,
     * the ApiError has `details.maybeCreated = true`; use {@link api.findRecentlyCreated}. An
     * error never carries a `session_secrets` value, even when the server quoted it.
     */
    async create(body: SessionCreateRequest, opts: CallOptions = {}): Promise<CreatedSession> {
      try {
        return await t.request({ method: 'POST', path: base(), json: body, schema: createdSessionSchema, retry: 'never', signal: opts.signal });
      } catch (err) {
        // Whatever the server echoes of session secret values stays out of the error (and so of every log).
        const secrets = (body.session_secrets ?? []).map((s) => s.value);
        if (err instanceof ApiError && mayHaveCreated(err)) throw withholdInError(err.withDetails({ maybeCreated: true }), secrets);
        throw withholdInError(err, secrets);
      }
    },

    async get(id: string, opts: CallOptions = {}): Promise<Session> {
      return t.request({ method: 'GET', path: one(id), schema: sessionSchema, retry: 'read', signal: opts.signal });
    },

    /** One page of sessions with every documented filter. */
    async list(params: SessionListParams = {}, opts: CallOptions = {}): Promise<Page<Session>> {
      return t.request({ method: 'GET', path: base(), query: sessionListQuery(params), schema: sessionPage, retry: 'read', signal: opts.signal });
    },

    /** Pages of sessions matching `filters`, lazily. */
    pages(filters: SessionListFilters = {}, opts: ListAllOptions & { first?: number } = {}) {
      return cursorPages(
        (after) => api.list({ ...filters, first: opts.first, after }, { signal: opts.signal }),
        opts.maxPages ?? DEFAULT_MAX_PAGES,
      );
    },

    /** Every session matching `filters` (bounded by `maxPages`). */
    async listAll(filters: SessionListFilters = {}, opts: ListAllOptions & { first?: number } = {}): Promise<ListAllResult<Session>> {
      return collectCursorPages(
        (after) => api.list({ ...filters, first: opts.first, after }, { signal: opts.signal }),
        opts.maxPages ?? DEFAULT_MAX_PAGES,
      );
    },

    /** Messages in chronological order; pass the last `end_cursor` as `after` to fetch only new ones. */
    async messages(id: string, params: CursorParams = {}, opts: CallOptions = {}): Promise<Page<SessionMessage>> {
      return t.request({
        method: 'GET',
        path: `${one(id)}/messages`,
        query: { first: params.first, after: params.after },
        schema: messagePage,
        retry: 'read',
        signal: opts.signal,
      });
    },

    /**
     * Sends a message (resumes a suspended session). The answer is the session WITHOUT what only
     * get/list fill (status_detail, structured_output, category…): merge it into what you know
     * (`mergeActionAnswer`), never store it as the whole session.
     */
    async sendMessage(id: string, body: SessionMessageCreateRequest, opts: CallOptions = {}): Promise<SessionAnswer> {
      return t.request({ method: 'POST', path: `${one(id)}/messages`, json: body, schema: sessionAnswerSchema, retry: 'write', signal: opts.signal });
    },

    /** Archives (and puts to sleep if running). There is no un-archive. The answer is partial: see sendMessage. */
    async archive(id: string, opts: CallOptions = {}): Promise<SessionAnswer> {
      return t.request({ method: 'POST', path: `${one(id)}/archive`, schema: sessionAnswerSchema, retry: 'write', signal: opts.signal });
    },

    /** Terminates for good; `archive: true` also archives. The answer is partial: see sendMessage. */
    async terminate(id: string, params: { archive?: boolean } = {}, opts: CallOptions = {}): Promise<SessionAnswer> {
      return t.request({
        method: 'DELETE',
        path: one(id),
        query: { archive: params.archive },
        schema: sessionAnswerSchema,
        retry: 'write',
        signal: opts.signal,
      });
    },

    /** Attachments of a session (bare array or `{items}` accepted). */
    async attachments(id: string, opts: CallOptions = {}): Promise<Attachment[]> {
      return t.request({ method: 'GET', path: `${one(id)}/attachments`, schema: attachmentListSchema, retry: 'read', signal: opts.signal });
    },

    /**
     * After a create failed with `maybeCreated`, looks for the session it may have made: sessions
     * created since `sinceSec` (Unix seconds, minus clock skew) with the request's title and tags.
     * Returns null when none matches, or when the request had neither title nor tags to match on.
     */
    async findRecentlyCreated(
      req: Pick<SessionCreateRequest, 'title' | 'tags'>,
      sinceSec: number,
      opts: CallOptions & { maxPages?: number } = {},
    ): Promise<Session | null> {
      if (!canReconcile(req)) return null;
      const filters: SessionListFilters = { created_after: Math.max(0, Math.floor(sinceSec) - CLOCK_SKEW_SEC) };
      if (req.tags && req.tags.length > 0) filters.tags = req.tags;
      const { items } = await api.listAll(filters, { maxPages: opts.maxPages ?? 5, ...(opts.signal ? { signal: opts.signal } : {}) });
      return pickRecentlyCreated(items, req, sinceSec);
    },

    /** A session's tags: get, append, replace (`…/sessions/{id}/tags`). */
    tags: sessionTagsApi(ctx),
    /** Session insights: list, get, generate. */
    insights: sessionInsightsApi(ctx, sessionListQuery),
  };
  return api;
}

export type SessionsApi = ReturnType<typeof sessionsApi>;
