import { queryInt } from '../http/query';
import { jsonResponse, type SimResponse } from '../http/response';
import type { ScheduleRecord } from '../types';
import { orgOf, orgRoute, principalOf, readJson, type ApiContext, type ApiRoute } from './api-route';
import { parseScheduleCreate, parseSchedulePatch } from './schedule-body';

const BASE = '/v3/organizations/:org/schedules';

function view(ctx: ApiContext, s: ScheduleRecord): Record<string, unknown> {
  return ctx.state.schedules.view(s, (id) => ctx.state.playbooks.find(s.org_id, id)?.title ?? null);
}

/** Offset pagination: `limit` (default 50, 1..100), `offset` (>= 0); `end_cursor` is always null. */
function listSchedules(ctx: ApiContext): SimResponse {
  const limit = queryInt(ctx.query, 'limit', { min: 1, max: 100 }) ?? 50;
  const offset = queryInt(ctx.query, 'offset', { min: 0 }) ?? 0;
  const all = ctx.state.schedules.list(orgOf(ctx));
  const items = all.slice(offset, offset + limit).map((s) => view(ctx, s));
  return jsonResponse(200, { items, end_cursor: null, has_next_page: offset + limit < all.length, total: all.length });
}

async function createSchedule(ctx: ApiContext): Promise<SimResponse> {
  const org = orgOf(ctx);
  const nowMs = ctx.state.clock.nowMs();
  const fields = parseScheduleCreate(await readJson(ctx), nowMs, (id) => ctx.state.playbooks.find(org, id) !== undefined);
  return jsonResponse(200, view(ctx, ctx.state.schedules.create(org, fields, principalOf(ctx).actor.id, nowMs)));
}

async function patchSchedule(ctx: ApiContext): Promise<SimResponse> {
  const org = orgOf(ctx);
  const id = ctx.params.id ?? '';
  const current = ctx.state.schedules.get(org, id);
  const nowMs = ctx.state.clock.nowMs();
  const patch = parseSchedulePatch(await readJson(ctx), current, nowMs, (pid) => ctx.state.playbooks.find(org, pid) !== undefined);
  return jsonResponse(200, view(ctx, ctx.state.schedules.update(org, id, patch, principalOf(ctx).actor.id, nowMs)));
}

export const scheduleRoutes: ApiRoute[] = [
  orgRoute('GET', BASE, 'ManageOrgSchedules', listSchedules),
  orgRoute('POST', BASE, 'ManageOrgSchedules', createSchedule),
  orgRoute('GET', `${BASE}/:id`, 'ManageOrgSchedules', (ctx) => jsonResponse(200, view(ctx, ctx.state.schedules.get(orgOf(ctx), ctx.params.id ?? '')))),
  orgRoute('PATCH', `${BASE}/:id`, 'ManageOrgSchedules', patchSchedule),
  orgRoute('DELETE', `${BASE}/:id`, 'ManageOrgSchedules', (ctx) =>
    jsonResponse(200, view(ctx, ctx.state.schedules.softDelete(orgOf(ctx), ctx.params.id ?? '', ctx.state.clock.nowMs()))),
  ),
];
