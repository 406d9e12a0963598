import { pageSchema, type Page } from '../../shared/domain/page';
import {
  scheduleSchema,
  type OffsetParams,
  type Schedule,
  type ScheduleCreateRequest,
  type ScheduleUpdateRequest,
} from '../../shared/domain/schedule';
import { seg, type ApiContext, type CallOptions } from './context';
import { collectOffsetPages, DEFAULT_MAX_PAGES, type ListAllOptions, type ListAllResult } from './pagination';

const schedulePage = pageSchema(scheduleSchema);

/** Keeps only the fields given, so a PATCH never resets what the caller did not mention. */
export function patchBody<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Schedules of one organization (§7). The only offset-paginated list. */
export function schedulesApi(ctx: ApiContext) {
  const t = ctx.transport;
  const base = () => `${ctx.orgPath()}/schedules`;
  const one = (id: string) => `${base()}/${seg(id)}`;

  const api = {
    async list(params: OffsetParams = {}, opts: CallOptions = {}): Promise<Page<Schedule>> {
      return t.request({ method: 'GET', path: base(), query: { limit: params.limit, offset: params.offset }, schema: schedulePage, retry: 'read', signal: opts.signal });
    },

    async listAll(opts: ListAllOptions & { limit?: number } = {}): Promise<ListAllResult<Schedule>> {
      return collectOffsetPages((offset) => api.list({ limit: opts.limit, offset }, { signal: opts.signal }), opts.maxPages ?? DEFAULT_MAX_PAGES);
    },

    async get(id: string, opts: CallOptions = {}): Promise<Schedule> {
      return t.request({ method: 'GET', path: one(id), schema: scheduleSchema, retry: 'read', signal: opts.signal });
    },

    async create(body: ScheduleCreateRequest, opts: CallOptions = {}): Promise<Schedule> {
      return t.request({ method: 'POST', path: base(), json: body, schema: scheduleSchema, retry: 'write', signal: opts.signal });
    },

    /** `PATCH`: only the given fields are sent; `playbook_id: null` clears the playbook. */
    async update(id: string, fields: ScheduleUpdateRequest, opts: CallOptions = {}): Promise<Schedule> {
      return t.request({ method: 'PATCH', path: one(id), json: patchBody(fields), schema: scheduleSchema, retry: 'write', signal: opts.signal });
    },

    /** Soft delete; returns the schedule. */
    async delete(id: string, opts: CallOptions = {}): Promise<Schedule> {
      return t.request({ method: 'DELETE', path: one(id), schema: scheduleSchema, retry: 'write', signal: opts.signal });
    },
  };
  return api;
}

export type SchedulesApi = ReturnType<typeof schedulesApi>;
