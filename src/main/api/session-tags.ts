import { normalizeSessionId } from '../../shared/domain/session-id';
import { sessionTagsSchema } from '../../shared/domain/session-tags';
import { seg, type ApiContext, type CallOptions } from './context';

/**
 * A session's tags (`…/sessions/{devin_id}/tags`): get, append (the server de-duplicates) and
 * replace. Each answers the resulting list. Append and replace are idempotent, so they are
 * retried like reads: sending either twice ends in the same tags.
 */
export function sessionTagsApi(ctx: ApiContext) {
  const t = ctx.transport;
  const path = (id: string) => `${ctx.orgPath()}/sessions/${seg(normalizeSessionId(id))}/tags`;
  return {
    async get(id: string, opts: CallOptions = {}): Promise<string[]> {
      const r = await t.request({ method: 'GET', path: path(id), schema: sessionTagsSchema, retry: 'read', signal: opts.signal });
      return r.tags;
    },
    /** Adds tags (at most 50 per call); returns every tag of the session. */
    async append(id: string, tags: readonly string[], opts: CallOptions = {}): Promise<string[]> {
      const r = await t.request({ method: 'POST', path: path(id), json: { tags: [...tags] }, schema: sessionTagsSchema, retry: 'read', signal: opts.signal });
      return r.tags;
    },
    /** Sets the session's tags to exactly `tags` (at most 50); returns them as stored. */
    async replace(id: string, tags: readonly string[], opts: CallOptions = {}): Promise<string[]> {
      const r = await t.request({ method: 'PUT', path: path(id), json: { tags: [...tags] }, schema: sessionTagsSchema, retry: 'read', signal: opts.signal });
      return r.tags;
    },
  };
}

export type SessionTagsApi = ReturnType<typeof sessionTagsApi>;
