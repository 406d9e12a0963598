import { pageSchema, type CursorParams, type Page } from '../../shared/domain/page';
import { playbookSchema, type Playbook, type PlaybookCreateRequest } from '../../shared/domain/playbook';
import { seg, type ApiContext, type CallOptions } from './context';
import { collectCursorPages, DEFAULT_MAX_PAGES, type ListAllOptions, type ListAllResult } from './pagination';

const playbookPage = pageSchema(playbookSchema);

/** Playbooks of one organization (§6). Responses in either documented shape come back as title/body. */
export function playbooksApi(ctx: ApiContext) {
  const t = ctx.transport;
  const base = () => `${ctx.orgPath()}/playbooks`;
  const one = (id: string) => `${base()}/${seg(id)}`;

  const api = {
    async list(params: CursorParams = {}, opts: CallOptions = {}): Promise<Page<Playbook>> {
      return t.request({ method: 'GET', path: base(), query: { first: params.first, after: params.after }, schema: playbookPage, retry: 'read', signal: opts.signal });
    },

    async listAll(opts: ListAllOptions & { first?: number } = {}): Promise<ListAllResult<Playbook>> {
      return collectCursorPages((after) => api.list({ first: opts.first, after }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
    },

    async get(id: string, opts: CallOptions = {}): Promise<Playbook> {
      return t.request({ method: 'GET', path: one(id), schema: playbookSchema, retry: 'read', signal: opts.signal });
    },

    async create(body: PlaybookCreateRequest, opts: CallOptions = {}): Promise<Playbook> {
      return t.request({ method: 'POST', path: base(), json: body, schema: playbookSchema, retry: 'write', signal: opts.signal });
    },

    /** Full replace (`PUT`). */
    async update(id: string, body: PlaybookCreateRequest, opts: CallOptions = {}): Promise<Playbook> {
      return t.request({ method: 'PUT', path: one(id), json: body, schema: playbookSchema, retry: 'write', signal: opts.signal });
    },

    /** Returns the deleted playbook. */
    async delete(id: string, opts: CallOptions = {}): Promise<Playbook> {
      return t.request({ method: 'DELETE', path: one(id), schema: playbookSchema, retry: 'write', signal: opts.signal });
    },
  };
  return api;
}

export type PlaybooksApi = ReturnType<typeof playbooksApi>;
