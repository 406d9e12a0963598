import { queryBool } from '../http/query';
import { jsonResponse } from '../http/response';
import { DEFAULT_CREATE_SCRIPT } from '../lifecycle';
import { readCursorParams } from '../pagination';
import { parseSessionFilters } from '../store/session-filters';
import { actionSessionView, sessionView } from '../store/session-view';
import type { SessionRecord } from '../types';
import { listOrgsOf, orgOf, orgRoute, principalOf, readJson, type ApiContext, type ApiRoute } from './api-route';
import { parseCreateSessionBody, withholdSessionSecrets } from './session-create-body';

const BASE = '/v3/organizations/:org/sessions';

function view(ctx: ApiContext, s: SessionRecord): ReturnType<typeof jsonResponse> {
  return jsonResponse(200, sessionView(s, ctx.state.appHost));
}

/** What create, archive and terminate answer: the session without the get-only fields. */
function actionView(ctx: ApiContext, s: SessionRecord): ReturnType<typeof jsonResponse> {
  return jsonResponse(200, actionSessionView(s, ctx.state.appHost));
}

/** Links sim-hosted attachments named in `attachment_urls` to the session (source 'user'). */
export function linkAttachmentUrls(ctx: ApiContext, s: SessionRecord, urls: readonly string[]): void {
  for (const url of urls) {
    const a = ctx.state.attachments.fromUrl(url);
    if (a && a.org_id === s.org_id && !s.attachmentIds.includes(a.attachment_id)) s.attachmentIds.push(a.attachment_id);
  }
}

async function createSession(ctx: ApiContext): Promise<ReturnType<typeof jsonResponse>> {
  const body = await readJson(ctx);
  const principal = principalOf(ctx);
  const fields = parseCreateSessionBody(body, principal);
  const s = ctx.state.sessions.create({
    org_id: orgOf(ctx),
    createdMs: ctx.state.clock.nowMs(),
    title: fields.title,
    tags: fields.tags,
    repos: fields.repos,
    playbook_id: fields.playbook_id,
    user_id: fields.user_id,
    service_user_id: principal.actor.service_user_id,
    origin: 'api',
    status: 'new',
    script: DEFAULT_CREATE_SCRIPT,
    createRequest: withholdSessionSecrets(body),
    sessionSecrets: fields.session_secrets,
  });
  linkAttachmentUrls(ctx, s, fields.attachment_urls);
  return actionView(ctx, s);
}

/** Org route: the org's sessions; enterprise route: every org of the key (each item names its `org_id`). */
export function listSessions(ctx: ApiContext): ReturnType<typeof jsonResponse> {
  const { first, after } = readCursorParams(ctx.query);
  const filters = parseSessionFilters(ctx.query);
  const page = ctx.state.sessions.list(listOrgsOf(ctx), filters, first, after);
  return jsonResponse(200, { ...page, items: page.items.map((s) => sessionView(s, ctx.state.appHost)) });
}

function getSession(ctx: ApiContext): ReturnType<typeof jsonResponse> {
  return view(ctx, ctx.state.sessions.get(orgOf(ctx), ctx.params.id ?? ''));
}

/** DELETE: terminate (status exit; idempotent), `?archive=true` also archives. */
function terminateSession(ctx: ApiContext): ReturnType<typeof jsonResponse> {
  const archive = queryBool(ctx.query, 'archive') ?? false;
  const store = ctx.state.sessions;
  const s = store.get(orgOf(ctx), ctx.params.id ?? '');
  store.cancelPending(s);
  s.status = 'exit';
  s.status_detail = null;
  if (archive) s.is_archived = true;
  store.touch(s, ctx.state.clock.nowSec());
  return actionView(ctx, s);
}

/** Archive: archived sessions can be viewed, not modified; a live one is put to sleep. */
function archiveSession(ctx: ApiContext): ReturnType<typeof jsonResponse> {
  const store = ctx.state.sessions;
  const s = store.get(orgOf(ctx), ctx.params.id ?? '');
  store.cancelPending(s);
  if (['new', 'claimed', 'running', 'resuming'].includes(s.status)) {
    s.status = 'suspended';
    s.status_detail = 'user_request';
  }
  s.is_archived = true;
  store.touch(s, ctx.state.clock.nowSec());
  return actionView(ctx, s);
}

export const sessionRoutes: ApiRoute[] = [
  orgRoute('POST', BASE, 'ManageOrgSessions', createSession),
  orgRoute('GET', BASE, 'ViewOrgSessions', listSessions),
  orgRoute('GET', `${BASE}/:id`, 'ViewOrgSessions', getSession),
  orgRoute('DELETE', `${BASE}/:id`, 'ManageOrgSessions', terminateSession),
  orgRoute('POST', `${BASE}/:id/archive`, 'ManageOrgSessions', archiveSession),
];
