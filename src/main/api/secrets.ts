import { pageSchema, type CursorParams, type Page } from '../../shared/domain/page';
import { orgSecretSchema, type OrgSecret } from '../../shared/domain/secret';
import type { ApiContext, CallOptions } from './context';
import { collectCursorPages, DEFAULT_MAX_PAGES, type ListAllOptions, type ListAllResult } from './pagination';

const secretPage = pageSchema(orgSecretSchema);

/** The org's secrets (`secrets.list`, ManageOrgSecrets): names and notes, never values. */
export function secretsApi(ctx: ApiContext) {
  const api = {
    async list(params: CursorParams = {}, opts: CallOptions = {}): Promise<Page<OrgSecret>> {
      return ctx.transport.request({
        method: 'GET',
        path: `${ctx.orgPath()}/secrets`,
        query: { first: params.first, after: params.after },
        schema: secretPage,
        retry: 'read',
        signal: opts.signal,
      });
    },

    async listAll(opts: ListAllOptions & { first?: number } = {}): Promise<ListAllResult<OrgSecret>> {
      return collectCursorPages((after) => api.list({ first: opts.first, after }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
    },
  };
  return api;
}

export type SecretsApi = ReturnType<typeof secretsApi>;
