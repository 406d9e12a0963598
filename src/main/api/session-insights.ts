import { pageSchema, type CursorParams, type Page } from '../../shared/domain/page';
import type { SessionListFilters } from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { insightsGenerateSchema, sessionInsightsSchema, type InsightsGenerateResult, type SessionInsights } from '../../shared/domain/session-insights';
import { seg, type ApiContext, type CallOptions } from './context';
import { cursorPages, DEFAULT_MAX_PAGES, type ListAllOptions } from './pagination';
import type { QueryInput } from './query';

const insightsPage = pageSchema(sessionInsightsSchema);

/**
 * Session insights: message counts, a size class and an AI analysis (null until generated).
 * `list` is `GET …/sessions/insights` (a literal segment, not a session id) with the session
 * list's filters (mapped by `listQuery`, the session list's own mapping); `generate` starts an
 * analysis in the background (poll `get` for it).
 */
export function sessionInsightsApi(ctx: ApiContext, listQuery: (p: SessionListFilters & CursorParams) => QueryInput) {
  const t = ctx.transport;
  const one = (id: string) => `${ctx.orgPath()}/sessions/${seg(normalizeSessionId(id))}/insights`;

  const api = {
    async list(params: SessionListFilters & CursorParams = {}, opts: CallOptions = {}): Promise<Page<SessionInsights>> {
      return t.request({ method: 'GET', path: `${ctx.orgPath()}/sessions/insights`, query: listQuery(params), schema: insightsPage, retry: 'read', signal: opts.signal });
    },

    pages(filters: SessionListFilters = {}, opts: ListAllOptions & { first?: number } = {}) {
      return cursorPages((after) => api.list({ ...filters, first: opts.first, after }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
    },

    async get(id: string, opts: CallOptions = {}): Promise<SessionInsights> {
      return t.request({ method: 'GET', path: one(id), schema: sessionInsightsSchema, retry: 'read', signal: opts.signal });
    },

    /** `started`, or `already_exists` when generated or in progress (idempotent, so retried like a read). */
    async generate(id: string, opts: CallOptions = {}): Promise<InsightsGenerateResult> {
      return t.request({ method: 'POST', path: `${one(id)}/generate`, schema: insightsGenerateSchema, retry: 'read', signal: opts.signal });
    },
  };
  return api;
}

export type SessionInsightsApi = ReturnType<typeof sessionInsightsApi>;
