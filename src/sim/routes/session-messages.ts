import { BodyFields } from '../http/body-fields';
import { ProblemError } from '../http/problem';
import { jsonResponse } from '../http/response';
import { messageRefusal, RESUME_DELAY_MS } from '../lifecycle';
import { pageBySeq } from '../pagination';
import { actionSessionView, messageView } from '../store/session-view';
import { orgRoute, readJson, sessionOf, type ApiContext, type ApiRoute } from './api-route';
import { linkAttachmentUrls } from './sessions';

const BASE = '/v3/organizations/:org/sessions/:id/messages';

/**
 * Sends a user message. Archived or terminated sessions refuse with 409. A suspended session
 * resumes: 'resuming' now, running/working RESUME_DELAY_MS later. A session waiting for the
 * user (or finished) goes back to working.
 */
export async function sendMessage(ctx: ApiContext): Promise<ReturnType<typeof jsonResponse>> {
  const store = ctx.state.sessions;
  const s = sessionOf(ctx);
  const f = new BodyFields(await readJson(ctx));
  const message = f.requiredString('message', false);
  const urls = f.optStringArray('attachment_urls');
  f.optString('message_as_user_id');
  f.check();
  const refusal = messageRefusal(s);
  if (refusal) throw new ProblemError(409, refusal);
  const nowMs = ctx.state.clock.nowMs();
  if (s.status === 'suspended') {
    s.status = 'resuming';
    s.status_detail = null;
    store.schedule(s, {
      dueMs: nowMs + RESUME_DELAY_MS,
      step: { atMs: nowMs + RESUME_DELAY_MS - s.createdMs, status: 'running', status_detail: 'working' },
    });
  } else if (s.status === 'running' && s.status_detail !== 'working') {
    s.status_detail = 'working';
  }
  store.addMessage(s, 'user', message, nowMs);
  linkAttachmentUrls(ctx, s, urls ?? []);
  return jsonResponse(200, actionSessionView(s, ctx.state.appHost));
}

export function listMessages(ctx: ApiContext): ReturnType<typeof jsonResponse> {
  const s = sessionOf(ctx);
  return jsonResponse(200, pageBySeq(s.messages, ctx.query, messageView));
}

export const sessionMessageRoutes: ApiRoute[] = [
  orgRoute('POST', BASE, 'ManageOrgSessions', sendMessage),
  orgRoute('GET', BASE, 'ViewOrgSessions', listMessages),
];
